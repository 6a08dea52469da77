using System.Collections.Generic;
using SmnpcRepro.Generators.Models;

namespace SmnpcRepro.Generators;

/// <summary>Fully qualified names of generated and runtime types, so no field name can shadow them.</summary>
internal sealed class TypeNames
{
    private readonly string _prefix;
    private readonly Dictionary<string, string> _enums = new();

    public TypeNames(string ns, IEnumerable<EnumPlan>? enums = null)
    {
        _prefix = "global::" + ns + ".";
        foreach (var e in enums ?? System.Linq.Enumerable.Empty<EnumPlan>())
        {
            _enums[e.FieldName] = e.TypeName;
        }
    }

    public string Of(string typeName) => _prefix + typeName;

    /// <summary>The enum type name (unqualified) of a categorical or checkbox field, as the catalog planned it.</summary>
    public string EnumName(FieldModel f) => _enums.TryGetValue(f.Name, out var name) ? name : f.PropertyName;

    /// <summary>The C# type of a field's property: nullable unless the field is required and read strictly.</summary>
    public string TypeOf(FieldModel f, bool strict = true) => NonNullableTypeOf(f) + (IsNullable(f, strict) ? "?" : string.Empty);

    /// <summary>Only a strict reader guarantees a required field a value; REDCap itself leaves required fields empty behind branching logic and on other events.</summary>
    public static bool IsNullable(FieldModel f, bool strict) => !(f.Required && strict) || f.IsCheckbox;

    public string NonNullableTypeOf(FieldModel f) => f.Kind switch
    {
        FieldKinds.Integer => "int",
        FieldKinds.Number => "double",
        FieldKinds.Date => "global::System.DateOnly",
        FieldKinds.DateTime => "global::System.DateTime",
        FieldKinds.Time => "global::System.TimeOnly",
        FieldKinds.Categorical or FieldKinds.Checkbox => Of(EnumName(f)),
        FieldKinds.Boolean => "bool",
        _ => "string",
    };
}
