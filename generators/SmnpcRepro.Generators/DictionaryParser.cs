using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis.Text;
using SmnpcRepro.Generators.Models;

namespace SmnpcRepro.Generators;

/// <summary>
/// Reads a REDCap data dictionary (CSV text) into a <see cref="DictionaryModel"/> and every diagnostic,
/// each located at the dictionary cell that causes it. Pure: text in, model out. The file as a whole
/// (name, CSV, header, rows) is checked here; one row is <see cref="FieldRowParser"/>, names across rows
/// are <see cref="NameRules"/>.
/// </summary>
internal static class DictionaryParser
{
    public const string FileSuffix = ".dictionary.csv";

    public static ParseResult Parse(string path, SourceText text, CancellationToken cancellationToken) =>
        Parse(path, text, DictionaryOptions.Default, cancellationToken);

    public static ParseResult Parse(string path, SourceText text, DictionaryOptions options, CancellationToken cancellationToken)
    {
        var source = new DictionarySource(path, text);
        var fileName = System.IO.Path.GetFileName(path);
        var baseName = options.Name.Length > 0 ? TypeName(options.Name) : BaseName(fileName);
        if (baseName is null)
        {
            source.Report(DiagnosticSite.FileStart, Diagnostics.BadFileName, fileName);
            return Result(source, null);
        }

        var rows = DictionaryCsv.Split(source.Content, out var unclosed);
        if (unclosed >= 0)
        {
            source.Report(source.Site(unclosed, 1), Diagnostics.MalformedCsv, "a quoted cell is never closed (missing '\"'); close it or double the quotes inside it");
            return Result(source, null);
        }

        if (rows.Count == 0)
        {
            source.Report(DiagnosticSite.FileStart, Diagnostics.MissingColumn, DictionaryColumns.Name, "(empty file)");
            return Result(source, null);
        }

        var header = rows[0];
        var columns = DictionaryColumns.Map(header, source);
        if (columns is null)
        {
            return Result(source, null);
        }

        var api = DictionaryColumns.IsApiHeader(header);
        var fields = new List<FieldModel>();
        var firstLine = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var r = 1; r < rows.Count; r++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var row = rows[r];
            if (row.Count != header.Count && IsDescriptive(row, columns))
            {
                source.Report(source.LineSite(row[0].Start), Diagnostics.SkippedDescriptiveRow,
                    row.Count.ToString(CultureInfo.InvariantCulture), header.Count.ToString(CultureInfo.InvariantCulture));
                continue;
            }

            if (row.Count != header.Count)
            {
                source.Report(source.LineSite(row[0].Start), Diagnostics.WrongRowWidth,
                    row.Count.ToString(CultureInfo.InvariantCulture), header.Count.ToString(CultureInfo.InvariantCulture));
                continue;
            }

            var field = FieldRowParser.Parse(source, new DictionaryRow(row, columns, api), firstLine);
            if (field is not null)
            {
                fields.Add(field);
            }
        }

        var model = new DictionaryModel(baseName, fileName, path, new EquatableArray<FieldModel>(fields), options.Namespace, options.Strict);
        NameRules.Check(source, model);
        if (fields.Count == 0 && source.ErrorCount == 0)
        {
            source.Report(source.LineSite(header[0].Start), Diagnostics.NoFields, fileName);
        }

        return Result(source, model);
    }

    /// <summary><c>cohort.dictionary.csv</c> → <c>Cohort</c>; null when the name gives no identifier.</summary>
    public static string? BaseName(string fileName)
    {
        if (!fileName.EndsWith(FileSuffix, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return TypeName(fileName.Substring(0, fileName.Length - FileSuffix.Length));
    }

    /// <summary>A type prefix from a file stem or the <c>SmnpcName</c> metadata; null when it gives no identifier.</summary>
    private static string? TypeName(string stem)
    {
        var pascal = Naming.ToPascalCase(stem);
        return pascal.Length > 0 && char.IsLetter(pascal[0]) && Naming.IsIdentifier(pascal) ? pascal : null;
    }

    /// <summary>A row whose field-type cell (by position) says <c>descriptive</c>: it has no data column.</summary>
    private static bool IsDescriptive(List<DictionaryCell> row, Dictionary<string, int> columns) =>
        columns[DictionaryColumns.Type] < row.Count
        && string.Equals(row[columns[DictionaryColumns.Type]].Text.Trim(), "descriptive", StringComparison.OrdinalIgnoreCase);

    private static ParseResult Result(DictionarySource source, DictionaryModel? model) =>
        new(source.ErrorCount == 0 ? model : null, new EquatableArray<DiagnosticInfo>(source.Diagnostics));
}
