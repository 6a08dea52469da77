using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace SmnpcRepro.Generators;

/// <summary>Every diagnostic the dictionary generator reports, in one place. All are build errors.</summary>
internal static class Diagnostics
{
    private const string Category = "SmnpcRepro.DataDictionary";

    public static readonly DiagnosticDescriptor MissingColumn = Error(
        "SMNPC001",
        "Data dictionary column missing",
        "The data dictionary has no column '{0}'; a REDCap data dictionary export needs it (header: {1})");

    public static readonly DiagnosticDescriptor UnknownFieldType = Error(
        "SMNPC002",
        "Unknown REDCap field type",
        "Field '{0}' has field type '{1}', which is not one of: text, notes, radio, dropdown, yesno, truefalse, calc");

    public static readonly DiagnosticDescriptor DuplicateField = Error(
        "SMNPC003",
        "Duplicate field name",
        "Field '{0}' is defined twice (first on line {1}); give each field its own variable name");

    public static readonly DiagnosticDescriptor InvalidName = Error(
        "SMNPC004",
        "Field name is not a valid identifier",
        "Field name '{0}' does not become a valid C# identifier; use lower-case letters, digits and underscores, starting with a letter (e.g. kps_preop)");

    public static readonly DiagnosticDescriptor BadChoices = Error(
        "SMNPC005",
        "Choices do not parse",
        "Field '{0}' has choices '{1}' that do not parse: {2}; write them as '1, Male | 2, Female' with whole-number codes");

    public static readonly DiagnosticDescriptor MinAboveMax = Error(
        "SMNPC006",
        "Validation minimum above maximum",
        "Field '{0}' has validation minimum {1} above its maximum {2}; swap them or correct one");

    public static readonly DiagnosticDescriptor BadValidation = Error(
        "SMNPC007",
        "Unsupported text validation",
        "Field '{0}' has text validation '{1}'; supported are: integer, number, date_ymd (or none)");

    public static readonly DiagnosticDescriptor BadBound = Error(
        "SMNPC008",
        "Validation bound is not a number",
        "Field '{0}' has validation {1} '{2}', which is not a number in invariant form (e.g. 12.5)");

    public static readonly DiagnosticDescriptor MalformedCsv = Error(
        "SMNPC009",
        "Malformed data dictionary CSV",
        "The data dictionary is not valid CSV: {0}");

    public static readonly DiagnosticDescriptor NoFields = Error(
        "SMNPC010",
        "Data dictionary has no fields",
        "The data dictionary '{0}' has a header but no fields; add one row per variable");

    public static readonly DiagnosticDescriptor WrongRowWidth = Error(
        "SMNPC011",
        "Dictionary row has the wrong number of cells",
        "This row has {0} cells but the header has {1}; check for a missing comma or an unquoted comma in a label");

    public static readonly DiagnosticDescriptor BadFileName = Error(
        "SMNPC012",
        "Dictionary file name does not give a type name",
        "The data dictionary file name '{0}' must be <name>.dictionary.csv where <name> becomes a C# type name (e.g. cohort.dictionary.csv)");

    private static readonly Dictionary<string, DiagnosticDescriptor> All = new[]
    {
        MissingColumn, UnknownFieldType, DuplicateField, InvalidName, BadChoices, MinAboveMax,
        BadValidation, BadBound, MalformedCsv, NoFields, WrongRowWidth, BadFileName,
    }.ToDictionary(d => d.Id);

    public static DiagnosticDescriptor ById(string id) => All[id];

    private static DiagnosticDescriptor Error(string id, string title, string message) =>
        new(id, title, message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true);
}
