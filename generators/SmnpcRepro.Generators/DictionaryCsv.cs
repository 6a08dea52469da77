using System.Collections.Generic;
using System.Text;

namespace SmnpcRepro.Generators;

/// <summary>A CSV cell of the dictionary with the offset and length it spans in the file, for diagnostics.</summary>
internal readonly struct DictionaryCell
{
    public DictionaryCell(string text, int start, int length)
    {
        Text = text;
        Start = start;
        Length = length;
    }

    public string Text { get; }

    public int Start { get; }

    public int Length { get; }
}

/// <summary>
/// A hand-written RFC 4180 tokenizer (the generator may not depend on a CSV package) that keeps each
/// cell's position, so diagnostics point at the exact cell in the dictionary file.
/// </summary>
internal static class DictionaryCsv
{
    /// <summary>Splits <paramref name="text"/> into rows of cells; returns the offset of an unclosed quote in <paramref name="unclosedQuoteAt"/>, else -1.</summary>
    public static List<List<DictionaryCell>> Split(string text, out int unclosedQuoteAt)
    {
        unclosedQuoteAt = -1;
        var rows = new List<List<DictionaryCell>>();
        var pos = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var sb = new StringBuilder();
        while (pos < text.Length)
        {
            var row = new List<DictionaryCell>();
            var endOfRow = false;
            while (!endOfRow)
            {
                sb.Clear();
                var start = pos;
                if (pos < text.Length && text[pos] == '"')
                {
                    pos++;
                    var closed = false;
                    while (pos < text.Length)
                    {
                        if (text[pos] == '"')
                        {
                            if (pos + 1 < text.Length && text[pos + 1] == '"')
                            {
                                sb.Append('"');
                                pos += 2;
                                continue;
                            }

                            pos++;
                            closed = true;
                            break;
                        }

                        sb.Append(text[pos]);
                        pos++;
                    }

                    if (!closed)
                    {
                        unclosedQuoteAt = start;
                        return rows;
                    }

                    while (pos < text.Length && text[pos] != ',' && text[pos] != '\n' && text[pos] != '\r')
                    {
                        sb.Append(text[pos]);
                        pos++;
                    }
                }
                else
                {
                    while (pos < text.Length && text[pos] != ',' && text[pos] != '\n' && text[pos] != '\r')
                    {
                        sb.Append(text[pos]);
                        pos++;
                    }
                }

                row.Add(new DictionaryCell(sb.ToString(), start, pos - start));
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

                    endOfRow = true;
                }
            }

            if (!(row.Count == 1 && row[0].Text.Length == 0))
            {
                rows.Add(row);
            }
        }

        return rows;
    }
}
