using System.Globalization;

namespace SmnpcRepro.Cohort.Runtime;

/// <summary>
/// One broken rule in a data file, located where a person fixes it: file, line (1-based, as an editor
/// shows it), column (1-based position and header name), the value found and the rule it breaks.
/// </summary>
public sealed record DataError(string File, int Line, int Column, string Field, string Value, string Rule)
{
    /// <summary>The error in the form compilers use, so editors and CI logs link to the cell.</summary>
    public override string ToString()
    {
        var where = Column > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{File}({Line},{Column})")
            : string.Create(CultureInfo.InvariantCulture, $"{File}({Line})");
        var field = Field.Length > 0 ? $" column '{Field}'" : string.Empty;
        var value = Value.Length > 0 || Field.Length > 0 ? $" value '{Value}'" : string.Empty;
        return $"{where}: error:{field}{value}: {Rule}";
    }
}
