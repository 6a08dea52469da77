using System;
using System.Collections.Generic;
using System.Globalization;
using SmnpcRepro.Generators.Models;

namespace SmnpcRepro.Generators;

/// <summary>
/// One row of a data dictionary → one <see cref="FieldModel"/>: the field type and text validation read
/// together as a kind, the choices, the bounds. Reports every problem of the row at its cell.
/// </summary>
internal static class FieldRowParser
{
    private const string NumberForm = "a finite number in invariant form (e.g. 12.5)";
    private const string DateForm = "a date written yyyy-MM-dd (e.g. 2017-12-31)";

    /// <summary>The field, or null when the row has an error or is a <c>descriptive</c> field (no data column).</summary>
    public static FieldModel? Parse(DictionarySource source, DictionaryRow row, Dictionary<string, int> firstLine)
    {
        var before = source.ErrorCount;
        var nameCell = row[DictionaryColumns.Name];
        var name = nameCell.Text.Trim();
        var nameSite = source.Site(nameCell);
        if (!Naming.IsValidFieldName(name))
        {
            source.Report(nameSite, Diagnostics.InvalidName, name);
        }
        else if (firstLine.TryGetValue(name, out var first))
        {
            source.Report(nameSite, Diagnostics.DuplicateField, name, first.ToString(CultureInfo.InvariantCulture));
        }
        else
        {
            firstLine.Add(name, nameSite.Line + 1);
        }

        var typeCell = row[DictionaryColumns.Type];
        var type = typeCell.Text.Trim().ToLowerInvariant();
        var validationCell = row[DictionaryColumns.Validation];
        var validation = validationCell.Text.Trim().ToLowerInvariant();
        if (type == "descriptive")
        {
            return null;
        }

        var kind = Kind(source, name, type, typeCell, validation, validationCell);
        if (type != "text" && type != "file")
        {
            validation = string.Empty; // the column means "show slider number" for sliders; nothing for others
        }

        var choices = new List<ChoiceModel>();
        if (type == "yesno")
        {
            choices.Add(new ChoiceModel(1, "Yes", "Yes", "1"));
            choices.Add(new ChoiceModel(0, "No", "No", "0"));
        }
        else if (type == "truefalse")
        {
            choices.Add(new ChoiceModel(1, "True", "True", "1"));
            choices.Add(new ChoiceModel(0, "False", "False", "0"));
        }
        else if (kind == FieldKinds.Categorical || kind == FieldKinds.Checkbox)
        {
            ChoiceParser.Parse(source, row[DictionaryColumns.Choices], name, choices, kind == FieldKinds.Checkbox);
        }

        var (min, max) = Bounds(source, row, name, type, kind, validation);
        if (source.ErrorCount > before || kind is null)
        {
            return null;
        }

        var required = row[DictionaryColumns.Required].Text.Trim();
        return new FieldModel(
            name,
            Naming.ToPascalCase(name),
            kind,
            type,
            validation,
            row.Optional(DictionaryColumns.Form),
            row[DictionaryColumns.Label].Text.Trim(),
            row[DictionaryColumns.Note].Text.Trim(),
            min,
            max,
            string.Equals(required, "y", StringComparison.OrdinalIgnoreCase) || string.Equals(required, "yes", StringComparison.OrdinalIgnoreCase),
            row.Optional(DictionaryColumns.Annotation),
            new EquatableArray<ChoiceModel>(choices),
            nameSite);
    }

    private static string? Kind(DictionarySource source, string name, string type, DictionaryCell typeCell, string validation, DictionaryCell validationCell)
    {
        switch (type)
        {
            case "text":
                var kind = Validations.KindOf(validation);
                if (kind is null)
                {
                    source.Report(validationCell, Diagnostics.BadValidation, name, validationCell.Text.Trim());
                    return FieldKinds.Text;
                }

                return kind;
            case "notes":
            case "file":
            case "sql":
                return FieldKinds.Text; // file and signature: the exported file name; sql: the chosen value
            case "radio":
            case "dropdown":
                return FieldKinds.Categorical;
            case "checkbox":
                return FieldKinds.Checkbox;
            case "yesno":
            case "truefalse":
                return FieldKinds.Boolean;
            case "calc":
                return FieldKinds.Number;
            case "slider":
                return FieldKinds.Integer;
            default:
                source.Report(typeCell, Diagnostics.UnknownFieldType, name, typeCell.Text.Trim());
                return null;
        }
    }

    /// <summary>The bounds as invariant text (empty when absent); reports bounds that do not parse, do not belong, or cross.</summary>
    private static (string Min, string Max) Bounds(DictionarySource source, DictionaryRow row, string name, string type, string? kind, string validation)
    {
        var minCell = row[DictionaryColumns.Min];
        var maxCell = row[DictionaryColumns.Max];
        var minText = Relative(minCell.Text.Trim());
        var maxText = Relative(maxCell.Text.Trim());
        if (kind is null)
        {
            return (string.Empty, string.Empty);
        }

        if (kind == FieldKinds.DateTime || kind == FieldKinds.Time)
        {
            return (string.Empty, string.Empty); // REDCap checks these on entry; the reader does not
        }

        if (Validations.CommaDecimal(validation))
        {
            minText = minText.Replace(',', '.');
            maxText = maxText.Replace(',', '.');
        }

        var ordered = kind == FieldKinds.Integer || kind == FieldKinds.Number || kind == FieldKinds.Date;
        if (!ordered || type == "calc")
        {
            if (minText.Length > 0 || maxText.Length > 0)
            {
                source.Report(minText.Length > 0 ? minCell : maxCell, Diagnostics.BoundsNotAllowed, name, type);
            }

            return (string.Empty, string.Empty);
        }

        if (type == "slider")
        {
            minText = minText.Length == 0 ? "0" : minText;
            maxText = maxText.Length == 0 ? "100" : maxText;
        }

        var date = kind == FieldKinds.Date;
        var min = Bound(source, minCell, minText, name, "minimum", date);
        var max = Bound(source, maxCell, maxText, name, "maximum", date);
        if (min is { } lo && max is { } hi && lo > hi)
        {
            source.Report(minCell, Diagnostics.MinAboveMax, name, minText, maxText);
        }

        return (min.HasValue ? Normal(minText, date) : string.Empty, max.HasValue ? Normal(maxText, date) : string.Empty);
    }

    /// <summary>REDCap's relative bounds (<c>today</c>, <c>now</c>) change every day: not a fixed bound, so none.</summary>
    private static string Relative(string bound) =>
        string.Equals(bound, "today", StringComparison.OrdinalIgnoreCase) || string.Equals(bound, "now", StringComparison.OrdinalIgnoreCase)
            ? string.Empty
            : bound;

    private static double? Bound(DictionarySource source, DictionaryCell cell, string value, string name, string which, bool date)
    {
        if (value.Length == 0)
        {
            return null;
        }

        if (date)
        {
            if (DateTime.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                return day.Ticks;
            }

            source.Report(cell, Diagnostics.BadBound, name, which, value, DateForm);
            return null;
        }

        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && !double.IsNaN(number) && !double.IsInfinity(number))
        {
            return number;
        }

        source.Report(cell, Diagnostics.BadBound, name, which, value, NumberForm);
        return null;
    }

    private static string Normal(string value, bool date) => date
        ? value
        : double.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture);
}
