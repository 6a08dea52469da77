namespace SmnpcRepro.Cohort.Runtime;

/// <summary>
/// Everything the data dictionary says about one field, available at run time so that tables and the
/// manuscript take labels, units and levels from the dictionary instead of typing them again.
/// </summary>
/// <param name="Name">The REDCap variable name (<c>kps_preop</c>), which is also the CSV column.</param>
/// <param name="PropertyName">The C# property of the generated record (<c>KpsPreop</c>).</param>
/// <param name="Label">The field label, as tables print it.</param>
/// <param name="Unit">The field note, read as the unit (<c>g/dL</c>); empty when none.</param>
/// <param name="Kind">What the field holds.</param>
/// <param name="FormName">The REDCap form (instrument) the field belongs to.</param>
/// <param name="Required">Whether an empty cell is an error (otherwise it is a counted missing value).</param>
/// <param name="Min">Validation minimum of a number or integer field, inclusive, when given.</param>
/// <param name="Max">Validation maximum of a number or integer field, inclusive, when given.</param>
/// <param name="Levels">The choices of a categorical or boolean field, in dictionary order.</param>
/// <param name="Annotation">The field annotation, verbatim.</param>
public sealed record FieldDescription(
    string Name,
    string PropertyName,
    string Label,
    string Unit,
    FieldKind Kind,
    string FormName,
    bool Required,
    double? Min,
    double? Max,
    IReadOnlyList<FieldLevel> Levels,
    string Annotation)
{
    /// <summary>The REDCap field type as the dictionary writes it (<c>text</c>, <c>radio</c>, <c>calc</c>, …).</summary>
    public string FieldType { get; init; } = string.Empty;

    /// <summary>The REDCap text validation as the dictionary writes it (<c>integer</c>, <c>date_ymd</c>, …), or empty.</summary>
    public string Validation { get; init; } = string.Empty;

    /// <summary>Validation minimum of a <c>date_ymd</c> field, inclusive, when given.</summary>
    public DateOnly? MinDate { get; init; }

    /// <summary>Validation maximum of a <c>date_ymd</c> field, inclusive, when given.</summary>
    public DateOnly? MaxDate { get; init; }

    /// <summary>The label followed by the unit in parentheses when there is one: <c>Hb (g/dL)</c>.</summary>
    public string LabelWithUnit => Unit.Length == 0 ? Label : $"{Label} ({Unit})";

    /// <summary>The label of the level with <paramref name="code"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The code is not one of the field's levels.</exception>
    public string LevelLabel(int code)
    {
        foreach (var level in Levels)
        {
            if (level.Code == code)
            {
                return level.Label;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(code), code, $"Field '{Name}' has no level with code {code}.");
    }
}
