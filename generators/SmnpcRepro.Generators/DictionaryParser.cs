using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis.Text;
using SmnpcRepro.Generators.Models;

namespace SmnpcRepro.Generators;

/// <summary>
/// Reads a REDCap data dictionary (CSV text) into a <see cref="DictionaryModel"/> and every diagnostic,
/// each located at the dictionary cell that causes it. Pure: text in, model out.
/// </summary>
internal static class DictionaryParser
{
    public const string FileSuffix = ".dictionary.csv";

    public const string ColName = "Variable / Field Name";
    public const string ColForm = "Form Name";
    public const string ColType = "Field Type";
    public const string ColLabel = "Field Label";
    public const string ColChoices = "Choices, Calculations, OR Slider Labels";
    public const string ColNote = "Field Note";
    public const string ColValidation = "Text Validation Type OR Show Slider Number";
    public const string ColMin = "Text Validation Min";
    public const string ColMax = "Text Validation Max";
    public const string ColRequired = "Required Field?";
    public const string ColAnnotation = "Field Annotation";

    private static readonly string[] RequiredColumns =
    {
        ColName, ColForm, ColType, ColLabel, ColChoices, ColNote, ColValidation, ColMin, ColMax, ColRequired, ColAnnotation,
    };

    public static ParseResult Parse(string path, SourceText text, CancellationToken cancellationToken)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var content = text.ToString();
        var fileName = Path.GetFileName(path);
        var baseName = BaseName(fileName);
        if (baseName is null)
        {
            diagnostics.Add(At(path, text, 0, 0, Diagnostics.BadFileName, fileName));
            return new ParseResult(null, new EquatableArray<DiagnosticInfo>(diagnostics));
        }

        var rows = DictionaryCsv.Split(content, out var unclosed);
        if (unclosed >= 0)
        {
            diagnostics.Add(At(path, text, unclosed, 1, Diagnostics.MalformedCsv, "a quoted cell is never closed (missing '\"')"));
            return new ParseResult(null, new EquatableArray<DiagnosticInfo>(diagnostics));
        }

        if (rows.Count == 0)
        {
            diagnostics.Add(At(path, text, 0, 0, Diagnostics.MissingColumn, ColName, string.Empty));
            return new ParseResult(null, new EquatableArray<DiagnosticInfo>(diagnostics));
        }

        var header = rows[0];
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i].Text.Trim();
            if (!columns.ContainsKey(name))
            {
                columns.Add(name, i);
            }
        }

        var headerText = string.Join(", ", header.Select(c => c.Text));
        foreach (var required in RequiredColumns)
        {
            if (!columns.ContainsKey(required))
            {
                var first = header[0];
                diagnostics.Add(At(path, text, first.Start, LineLength(content, first.Start), Diagnostics.MissingColumn, required, headerText));
            }
        }

        if (diagnostics.Count > 0)
        {
            return new ParseResult(null, new EquatableArray<DiagnosticInfo>(diagnostics));
        }

        var fields = new List<FieldModel>();
        var firstLine = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var r = 1; r < rows.Count; r++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var row = rows[r];
            if (row.Count != header.Count)
            {
                diagnostics.Add(At(path, text, row[0].Start, LineLength(content, row[0].Start), Diagnostics.WrongRowWidth,
                    row.Count.ToString(CultureInfo.InvariantCulture), header.Count.ToString(CultureInfo.InvariantCulture)));
                continue;
            }

            var field = ParseRow(path, text, row, columns, firstLine, diagnostics);
            if (field is not null)
            {
                fields.Add(field);
            }
        }

        if (fields.Count == 0 && diagnostics.Count == 0)
        {
            diagnostics.Add(At(path, text, header[0].Start, LineLength(content, header[0].Start), Diagnostics.NoFields, fileName));
        }

        var model = diagnostics.Count == 0
            ? new DictionaryModel(baseName, fileName, new EquatableArray<FieldModel>(fields))
            : null;
        return new ParseResult(model, new EquatableArray<DiagnosticInfo>(diagnostics));
    }

    /// <summary><c>cohort.dictionary.csv</c> → <c>Cohort</c>; null when the name gives no identifier.</summary>
    public static string? BaseName(string fileName)
    {
        if (!fileName.EndsWith(FileSuffix, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var stem = fileName.Substring(0, fileName.Length - FileSuffix.Length);
        var pascal = Naming.ToPascalCase(stem);
        return pascal.Length > 0 && char.IsLetter(pascal[0]) ? pascal : null;
    }

    private static FieldModel? ParseRow(
        string path,
        SourceText text,
        List<DictionaryCell> row,
        Dictionary<string, int> columns,
        Dictionary<string, int> firstLine,
        List<DiagnosticInfo> diagnostics)
    {
        DictionaryCell Cell(string column) => row[columns[column]];
        var before = diagnostics.Count;
        var nameCell = Cell(ColName);
        var name = nameCell.Text.Trim();
        var line = text.Lines.GetLinePosition(nameCell.Start).Line + 1;
        if (!Naming.IsValidFieldName(name))
        {
            diagnostics.Add(At(path, text, nameCell, Diagnostics.InvalidName, name));
        }
        else if (firstLine.TryGetValue(name, out var first))
        {
            diagnostics.Add(At(path, text, nameCell, Diagnostics.DuplicateField, name, first.ToString(CultureInfo.InvariantCulture)));
        }
        else
        {
            firstLine.Add(name, line);
        }

        var typeCell = Cell(ColType);
        var type = typeCell.Text.Trim().ToLowerInvariant();
        var validationCell = Cell(ColValidation);
        var validation = validationCell.Text.Trim().ToLowerInvariant();
        string? kind;
        switch (type)
        {
            case "text":
                kind = validation switch
                {
                    "" => "Text",
                    "integer" => "Integer",
                    "number" => "Number",
                    "date_ymd" => "Date",
                    _ => null,
                };
                if (kind is null)
                {
                    diagnostics.Add(At(path, text, validationCell, Diagnostics.BadValidation, name, validation));
                }

                break;
            case "notes":
                kind = "Text";
                break;
            case "radio":
            case "dropdown":
                kind = "Categorical";
                break;
            case "yesno":
            case "truefalse":
                kind = "Boolean";
                break;
            case "calc":
                kind = "Number";
                break;
            case "descriptive":
                // Display-only in REDCap: no column in a data export.
                return null;
            default:
                kind = null;
                diagnostics.Add(At(path, text, typeCell, Diagnostics.UnknownFieldType, name, typeCell.Text));
                break;
        }

        var choicesCell = Cell(ColChoices);
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
        else if (kind == "Categorical")
        {
            var problem = ParseChoices(choicesCell.Text, choices);
            if (problem is not null)
            {
                diagnostics.Add(At(path, text, choicesCell, Diagnostics.BadChoices, name, choicesCell.Text, problem));
            }
        }

        var min = Bound(path, text, Cell(ColMin), name, "minimum", kind, diagnostics);
        var max = Bound(path, text, Cell(ColMax), name, "maximum", kind, diagnostics);
        if (min is { } lo && max is { } hi && lo > hi)
        {
            diagnostics.Add(At(path, text, Cell(ColMin), Diagnostics.MinAboveMax, name, Cell(ColMin).Text.Trim(), Cell(ColMax).Text.Trim()));
        }

        if (diagnostics.Count > before || kind is null)
        {
            return null;
        }

        var required = Cell(ColRequired).Text.Trim();
        return new FieldModel(
            name,
            Naming.ToPascalCase(name),
            kind,
            type,
            Cell(ColForm).Text.Trim(),
            Cell(ColLabel).Text.Trim(),
            Cell(ColNote).Text.Trim(),
            min.HasValue ? Cell(ColMin).Text.Trim() : string.Empty,
            max.HasValue ? Cell(ColMax).Text.Trim() : string.Empty,
            string.Equals(required, "y", StringComparison.OrdinalIgnoreCase) || string.Equals(required, "yes", StringComparison.OrdinalIgnoreCase),
            Cell(ColAnnotation).Text.Trim(),
            new EquatableArray<ChoiceModel>(choices));
    }

    /// <summary>Parses <c>1, Male | 2, Female</c>; returns the problem, or null when it parses.</summary>
    internal static string? ParseChoices(string text, List<ChoiceModel> choices)
    {
        if (text.Trim().Length == 0)
        {
            return "a radio or dropdown field needs at least one choice";
        }

        var codes = new HashSet<int>();
        var members = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in text.Split('|'))
        {
            var comma = part.IndexOf(',');
            if (comma < 0)
            {
                return "choice '" + part.Trim() + "' has no comma between code and label";
            }

            var codeText = part.Substring(0, comma).Trim();
            var label = part.Substring(comma + 1).Trim();
            if (!int.TryParse(codeText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var code))
            {
                return "code '" + codeText + "' is not a whole number";
            }

            if (label.Length == 0)
            {
                return "code " + codeText + " has an empty label";
            }

            if (!codes.Add(code))
            {
                return "code " + codeText + " appears twice";
            }

            var member = Naming.ToMemberName(label, code);
            if (!members.Add(member))
            {
                return "labels give the same C# name '" + member + "' twice";
            }

            choices.Add(new ChoiceModel(code, label, member));
        }

        return null;
    }

    private static double? Bound(string path, SourceText text, DictionaryCell cell, string name, string which, string? kind, List<DiagnosticInfo> diagnostics)
    {
        var value = cell.Text.Trim();
        if (value.Length == 0)
        {
            return null;
        }

        if (kind == "Date")
        {
            // Date bounds are written yyyy-MM-dd; ordered as text they order as dates.
            if (!DateTime.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                diagnostics.Add(At(path, text, cell, Diagnostics.BadBound, name, which, value));
                return null;
            }

            return date.Ticks;
        }

        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            diagnostics.Add(At(path, text, cell, Diagnostics.BadBound, name, which, value));
            return null;
        }

        return number;
    }

    private static int LineLength(string content, int start)
    {
        var end = start;
        while (end < content.Length && content[end] != '\n' && content[end] != '\r')
        {
            end++;
        }

        return end - start;
    }

    private static DiagnosticInfo At(string path, SourceText text, DictionaryCell cell, Microsoft.CodeAnalysis.DiagnosticDescriptor d, params string[] args) =>
        At(path, text, cell.Start, cell.Length, d, args);

    private static DiagnosticInfo At(string path, SourceText text, int start, int length, Microsoft.CodeAnalysis.DiagnosticDescriptor d, params string[] args)
    {
        var span = new TextSpan(start, Math.Min(length, Math.Max(0, text.Length - start)));
        var lines = text.Lines.GetLinePositionSpan(span);
        return new DiagnosticInfo(
            d.Id,
            path,
            span.Start,
            span.Length,
            lines.Start.Line,
            lines.Start.Character,
            lines.End.Line,
            lines.End.Character,
            new EquatableArray<string>(args));
    }
}
