using System.Text;

namespace SmnpcRepro.Cohort.Runtime;

/// <summary>One data row of a CSV file: its cells and the file line it starts on (1-based).</summary>
public sealed record CsvRow(int Line, string[] Cells);

/// <summary>
/// An RFC 4180 CSV file split into a header and rows: comma separator, double-quoted cells with
/// <c>""</c> as an escaped quote, LF or CRLF line ends, a UTF-8 BOM ignored. Malformed quoting is a
/// <see cref="DataError"/> with the line and column, never a guess.
/// </summary>
public sealed class CsvTable
{
    private CsvTable(string file, string[] header, IReadOnlyList<CsvRow> rows)
    {
        File = file;
        Header = header;
        Rows = rows;
    }

    /// <summary>The file name used in error messages.</summary>
    public string File { get; }

    /// <summary>The header cells, in file order.</summary>
    public string[] Header { get; }

    /// <summary>The data rows; blank lines are skipped.</summary>
    public IReadOnlyList<CsvRow> Rows { get; }

    /// <summary>Splits <paramref name="text"/> into header and rows, adding any quoting error to <paramref name="errors"/>.</summary>
    public static CsvTable Parse(string text, string file, List<DataError> errors)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rows = new List<CsvRow>();
        var pos = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var line = 1;
        var cells = new List<string>();
        var cell = new StringBuilder();
        while (pos < text.Length)
        {
            var rowLine = line;
            cells.Clear();
            var endOfRow = false;
            while (!endOfRow)
            {
                cell.Clear();
                var column = cells.Count + 1;
                if (pos < text.Length && text[pos] == '"')
                {
                    pos++;
                    var closed = false;
                    while (pos < text.Length)
                    {
                        var c = text[pos];
                        if (c == '"')
                        {
                            if (pos + 1 < text.Length && text[pos + 1] == '"')
                            {
                                cell.Append('"');
                                pos += 2;
                                continue;
                            }

                            pos++;
                            closed = true;
                            break;
                        }

                        if (c == '\n')
                        {
                            line++;
                        }

                        cell.Append(c);
                        pos++;
                    }

                    if (!closed)
                    {
                        errors.Add(new DataError(file, rowLine, column, string.Empty, string.Empty, "a quoted cell is never closed (missing '\"')"));
                        return new CsvTable(file, rows.Count > 0 ? rows[0].Cells : [], rows.Skip(1).ToList());
                    }

                    if (pos < text.Length && text[pos] != ',' && text[pos] != '\n' && text[pos] != '\r')
                    {
                        errors.Add(new DataError(file, line, column, string.Empty, string.Empty, "text after the closing quote of a quoted cell"));
                        while (pos < text.Length && text[pos] != ',' && text[pos] != '\n')
                        {
                            pos++;
                        }
                    }
                }
                else
                {
                    var start = pos;
                    while (pos < text.Length && text[pos] != ',' && text[pos] != '\n' && text[pos] != '\r')
                    {
                        pos++;
                    }

                    cell.Append(text, start, pos - start);
                }

                cells.Add(cell.ToString());
                if (pos >= text.Length)
                {
                    endOfRow = true;
                }
                else if (text[pos] == ',')
                {
                    pos++;
                }
                else
                {
                    if (text[pos] == '\r')
                    {
                        pos++;
                    }

                    if (pos < text.Length && text[pos] == '\n')
                    {
                        pos++;
                    }

                    line++;
                    endOfRow = true;
                }
            }

            var blank = cells.Count == 1 && cells[0].Length == 0;
            if (!blank)
            {
                rows.Add(new CsvRow(rowLine, cells.ToArray()));
            }
        }

        return rows.Count == 0
            ? new CsvTable(file, [], [])
            : new CsvTable(file, rows[0].Cells, rows.Skip(1).ToList());
    }

    /// <summary>Quotes a cell when it holds a comma, a quote or a line break (RFC 4180).</summary>
    public static string Quote(string cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return cell.AsSpan().IndexOfAny(",\"\r\n") < 0 ? cell : "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
