using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace SmnpcRepro.Generators;

/// <summary>
/// Every diagnostic the dictionary generator reports, in one place. Errors stop the dictionary; the
/// warnings (SMNPC007, SMNPC019) say what was read more leniently. Each points at the dictionary cell to
/// fix; docs/data-dictionary.md has an example and the fix of each. SMNPC013 and SMNPC014 are retired:
/// checkbox, file, signature and sql fields and text choice codes are read.
/// </summary>
internal static class Diagnostics
{
    private const string Category = "SmnpcRepro.DataDictionary";

    public static readonly DiagnosticDescriptor MissingColumn = Error(
        "SMNPC001",
        "Data dictionary column missing",
        "The data dictionary has no column '{0}', which a REDCap data dictionary export has; add it to the header (header found: {1})");

    public static readonly DiagnosticDescriptor UnknownFieldType = Error(
        "SMNPC002",
        "Unknown REDCap field type",
        "Field '{0}' has field type '{1}', which is not a REDCap field type; use one of: text, notes, radio, dropdown, checkbox, yesno, truefalse, calc, slider, file, sql, descriptive");

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
        "Field '{0}' has choices '{1}' that cannot be generated: {2}");

    public static readonly DiagnosticDescriptor MinAboveMax = Error(
        "SMNPC006",
        "Validation minimum above maximum",
        "Field '{0}' has validation minimum {1} above its maximum {2}; swap them or correct one");

    public static readonly DiagnosticDescriptor BadValidation = Warning(
        "SMNPC007",
        "Unknown text validation",
        "Field '{0}' has text validation '{1}', which is not one of REDCap's; the field is read as free text");

    public static readonly DiagnosticDescriptor BadBound = Error(
        "SMNPC008",
        "Validation bound does not parse",
        "Field '{0}' has validation {1} '{2}', which is not {3}");

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
        "The data dictionary file name '{0}' must be <name>.dictionary.csv where <name> starts with a letter and becomes a C# type name (e.g. cohort.dictionary.csv)");

    public static readonly DiagnosticDescriptor NameClash = Error(
        "SMNPC015",
        "Field gives a C# name already in use",
        "Field '{0}' becomes the C# name '{1}', which {2}; rename the field");

    public static readonly DiagnosticDescriptor DuplicateDictionaryName = Error(
        "SMNPC016",
        "Two dictionaries give the same type names",
        "The data dictionaries '{0}' and '{1}' both give the type name prefix '{2}'; rename one file");

    public static readonly DiagnosticDescriptor TypeClash = Error(
        "SMNPC017",
        "A field's enum has no free name",
        "In '{0}', field '{1}' cannot have the enum '{2}' (another dictionary of the namespace codes it differently, or the name is a class or a BCL type), and '{3}' is taken too; rename the field or give the dictionary its own namespace (SmnpcNamespace metadata)");

    public static readonly DiagnosticDescriptor BoundsNotAllowed = Error(
        "SMNPC018",
        "Validation bounds on a field without order",
        "Field '{0}' of type '{1}' has a validation minimum or maximum, which only integer, number, date, datetime, time and slider fields can have; remove it");

    public static readonly DiagnosticDescriptor SkippedDescriptiveRow = Warning(
        "SMNPC019",
        "Malformed descriptive row skipped",
        "This descriptive row has {0} cells but the header has {1} (an unquoted comma or quote in its text); a descriptive field has no data, so the row is skipped");

    private static readonly Dictionary<string, DiagnosticDescriptor> All = new[]
    {
        MissingColumn, UnknownFieldType, DuplicateField, InvalidName, BadChoices, MinAboveMax,
        BadValidation, BadBound, MalformedCsv, NoFields, WrongRowWidth, BadFileName,
        NameClash, DuplicateDictionaryName, TypeClash, BoundsNotAllowed, SkippedDescriptiveRow,
    }.ToDictionary(d => d.Id);

    public static IEnumerable<DiagnosticDescriptor> Descriptors => All.Values;

    public static DiagnosticDescriptor ById(string id) => All[id];

    public static bool IsError(string id) => All[id].DefaultSeverity == DiagnosticSeverity.Error;

    private static DiagnosticDescriptor Error(string id, string title, string message) =>
        new(id, title, message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    private static DiagnosticDescriptor Warning(string id, string title, string message) =>
        new(id, title, message, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);
}
