using System.Linq.Expressions;
using System.Reflection;
using SmnpcRepro.Cohort;
using SmnpcRepro.Cohort.Runtime;

namespace SmnpcRepro.Analysis.Plan;

/// <summary>
/// Reads one dictionary field of a <see cref="CohortRecord"/> by the field's name, as a number: a categorical
/// field's choice code, a number or integer field's value, a yes/no field's 1/0; null when missing. Compiled once
/// per field from the generated property (<see cref="FieldDescription.PropertyName"/>), so the plan needs no C#
/// per variable and a new dictionary field is usable as soon as it is declared.
/// </summary>
public static class FieldAccessor
{
    /// <summary>Whether the plan can classify patients by a field of this kind.</summary>
    public static bool IsUsable(FieldKind kind) => kind is FieldKind.Categorical or FieldKind.Boolean or FieldKind.Integer or FieldKind.Number;

    /// <summary>Whether a field of this kind is measured (needs a cut-point) rather than categorical.</summary>
    public static bool IsMeasured(FieldKind kind) => kind is FieldKind.Integer or FieldKind.Number;

    /// <summary>The value of <paramref name="field"/> as a number, or null when missing.</summary>
    /// <exception cref="ArgumentException">The record has no property for the field (the generated code is older than the dictionary).</exception>
    public static Func<CohortRecord, double?> For(FieldDescription field)
    {
        ArgumentNullException.ThrowIfNull(field);
        var property = typeof(CohortRecord).GetProperty(field.PropertyName, BindingFlags.Public | BindingFlags.Instance)
            ?? throw new ArgumentException($"The cohort record has no property '{field.PropertyName}' for field '{field.Name}'.", nameof(field));
        var record = Expression.Parameter(typeof(CohortRecord), "record");
        var value = Expression.Property(record, property);
        var type = property.PropertyType;
        var underlying = Nullable.GetUnderlyingType(type);
        Expression body;
        if (underlying is null)
        {
            body = Expression.Convert(ToDouble(value, type), typeof(double?));
        }
        else
        {
            var hasValue = Expression.Property(value, "HasValue");
            var inner = Expression.Property(value, "Value");
            body = Expression.Condition(hasValue, Expression.Convert(ToDouble(inner, underlying), typeof(double?)), Expression.Constant(null, typeof(double?)));
        }

        return Expression.Lambda<Func<CohortRecord, double?>>(body, record).Compile();
    }

    private static Expression ToDouble(Expression value, Type type)
    {
        if (type == typeof(bool))
        {
            return Expression.Condition(value, Expression.Constant(1.0), Expression.Constant(0.0));
        }

        if (type.IsEnum)
        {
            return Expression.Convert(Expression.Convert(value, Enum.GetUnderlyingType(type)), typeof(double));
        }

        return Expression.Convert(value, typeof(double));
    }
}
