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
        var before = source.Diagnostics.Count;
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
        if (type != "text")
        {
            validation = string.Empty; // the column means "show slider number" for sliders; nothing for others
        }

        var choices = new List<ChoiceModel>();
        if (type == "yesno")
        {
            choices.Add(new ChoiceModel(1, "Yes", "Yes"));
            choices.Add(new ChoiceModel(0, "No", "No"));
        }
        else if (type == "truefalse")
        {
            choices.Add(new ChoiceModel(1, "True", "True"));
            choices.Add(new ChoiceModel(0, "False", "False"));
        }
        else if (kind == FieldKinds.Categorical)
        {
            ChoiceParser.Parse(source, row[DictionaryColumns.Choices], name, choices);
        }

        var (min, max) = Bounds(source, row, name, type, kind);
        if (source.Diagnostics.Count > before || kind is null)
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
                var kind = validation switch
                {
                    "" => FieldKinds.Text,
                    "integer" => FieldKinds.Integer,
                    "number" => FieldKinds.Number,
                    "date_ymd" => FieldKinds.Date,
                    _ => null,
                };
                if (kind is null)
                {
                    source.Report(validationCell, Diagnostics.BadValidation, name, validationCell.Text.Trim());
                }

                return kind;
            case "notes":
                return FieldKinds.Text;
            case "radio":
            case "dropdown":
                return FieldKinds.Categorical;
            case "yesno":
            case "truefalse":
                return FieldKinds.Boolean;
            case "calc":
                return FieldKinds.Number;
            case "slider":
                return FieldKinds.Integer;
            case "checkbox":
                source.Report(typeCell, Diagnostics.UnsupportedFieldType, name, type,
                    "a checkbox exports one 0/1 column per choice (" + name + "___1, " + name + "___2, …); make one yesno field per choice instead");
                return null;
            case "file":
                source.Report(typeCell, Diagnostics.UnsupportedFieldType, name, type,
                    "an uploaded file is not data in the CSV export; remove the field from this dictionary");
                return null;
            case "sql":
                source.Report(typeCell, Diagnostics.UnsupportedFieldType, name, type,
                    "its choices come from a database query and are unknown at compile time; make it a dropdown with its choices written out");
                return null;
            default:
                source.Report(typeCell, Diagnostics.UnknownFieldType, name, typeCell.Text.Trim());
                return null;
        }
    }

    /// <summary>The bounds as invariant text (empty when absent); reports bounds that do not parse, do not belong, or cross.</summary>
    private static (string Min, string Max) Bounds(DictionarySource source, DictionaryRow row, string name, string type, string? kind)
    {
        var minCell = row[DictionaryColumns.Min];
        var maxCell = row[DictionaryColumns.Max];
        var minText = minCell.Text.Trim();
        var maxText = maxCell.Text.Trim();
        if (kind is null)
        {
            return (string.Empty, string.Empty);
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
