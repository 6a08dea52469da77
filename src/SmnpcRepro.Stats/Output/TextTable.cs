using System.Text;

namespace SmnpcRepro.Stats.Output;

/// <summary>
/// A plain-text table that sizes its columns to their widest cell, so values never run together: the
/// first column (row names) left-aligned, the others right-aligned, two spaces between columns. Used by
/// the text output of every stats verb.
/// </summary>
public sealed class TextTable
{
    private readonly List<string[]> _rows = [];

    /// <summary>Adds a row; <c>null</c> cells are left out (an optional column absent from every row).</summary>
    public TextTable Add(params string?[] cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        _rows.Add(cells.Where(c => c is not null).Select(c => c!).ToArray());
        return this;
    }

    /// <summary>Appends the rows to <paramref name="builder"/>, each line starting with <paramref name="indent"/>.</summary>
    public void AppendTo(StringBuilder builder, string indent = "")
    {
        ArgumentNullException.ThrowIfNull(builder);
        var columns = _rows.Count == 0 ? 0 : _rows.Max(r => r.Length);
        var widths = new int[columns];
        foreach (var row in _rows)
        {
            for (var c = 0; c < row.Length; c++)
            {
                widths[c] = Math.Max(widths[c], row[c].Length);
            }
        }

        foreach (var row in _rows)
        {
            var line = new StringBuilder(indent);
            for (var c = 0; c < row.Length; c++)
            {
                if (c > 0)
                {
                    line.Append("  ");
                }

                line.Append(c == 0 ? row[c].PadRight(widths[c]) : row[c].PadLeft(widths[c]));
            }

            builder.AppendLine(line.ToString().TrimEnd());
        }
    }

    /// <inheritdoc/>
    public override string ToString()
    {
        var b = new StringBuilder();
        AppendTo(b);
        return b.ToString();
    }
}
