using System.Globalization;

namespace SmnpcRepro.Pipeline.Check;

/// <summary>
/// Where a committed text file differs from a fresh build, said as a reader would see it: the line, the
/// section it is in, and the words around the change ("prints “18 deaths (63.33%)”, a fresh build gives
/// “19 deaths (63.33%)”"). A hand edit of the manuscript, or a template edited without a rebuild, shows up here.
/// </summary>
public static class TextDrift
{
    private const int MaxLines = 12;
    private const int ContextWords = 3;
    private const int MaxSnippet = 140;

    /// <summary>One sentence per differing line (at most <see cref="MaxLines"/>, then a count of the rest).</summary>
    public static IReadOnlyList<string> Describe(string path, string committed, string fresh)
    {
        ArgumentNullException.ThrowIfNull(committed);
        ArgumentNullException.ThrowIfNull(fresh);
        var before = committed.Split('\n');
        var after = fresh.Split('\n');
        // Trim the common head and tail; what is left is the changed block (lines replaced, added or removed).
        var head = 0;
        while (head < before.Length && head < after.Length && string.Equals(before[head], after[head], StringComparison.Ordinal))
        {
            head++;
        }

        var tail = 0;
        while (tail < before.Length - head && tail < after.Length - head
            && string.Equals(before[before.Length - 1 - tail], after[after.Length - 1 - tail], StringComparison.Ordinal))
        {
            tail++;
        }

        var lines = new List<string>();
        var edits = Align(before[head..(before.Length - tail)], after[head..(after.Length - tail)]);
        for (var e = 0; e < edits.Count; e++)
        {
            if (lines.Count == MaxLines)
            {
                lines.Add(string.Create(CultureInfo.InvariantCulture, $"`{path}`: and {edits.Count - e} more changed lines."));
                break;
            }

            var (old, now, line) = edits[e];
            var number = head + line + 1;
            var section = Section(after, Math.Min(head + line, after.Length - 1));
            var where = string.Create(CultureInfo.InvariantCulture, $"`{path}:{number}`{(section is null ? string.Empty : $" ({section})")}");
            lines.Add((old, now) switch
            {
                (null, _) => $"{where}: a fresh build has a line the committed file lacks: “{Clip(now!)}”.",
                (_, null) => $"{where}: the committed file has a line a fresh build does not make: “{Clip(old)}”.",
                _ => $"{where}: {(path.StartsWith("manuscript/", StringComparison.Ordinal) ? "the manuscript prints" : "the committed file says")} {Change(old, now)}.",
            });
        }

        return lines;
    }

    /// <summary>
    /// The changed block as edits (committed line, fresh line, line index in the fresh block): a longest
    /// common subsequence of lines, then each run of removed lines paired with the run of added lines that
    /// follows it, so an edited line reads as one change and an added line as an addition.
    /// </summary>
    private static List<(string? Old, string? Now, int Line)> Align(string[] a, string[] b)
    {
        var edits = new List<(string?, string?, int)>();
        if ((long)a.Length * b.Length > 4_000_000)
        {
            // Too big to align cheaply (not a hand edit): pair the lines in order.
            for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
            {
                edits.Add((i < a.Length ? a[i] : null, i < b.Length ? b[i] : null, Math.Min(i, Math.Max(0, b.Length - 1))));
            }

            return edits;
        }

        var common = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                common[i, j] = string.Equals(a[i], b[j], StringComparison.Ordinal) ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);
            }
        }

        var (x, y) = (0, 0);
        var removed = new List<string>();
        var added = new List<(string Text, int Line)>();
        void Flush()
        {
            for (var k = 0; k < Math.Max(removed.Count, added.Count); k++)
            {
                edits.Add((k < removed.Count ? removed[k] : null, k < added.Count ? added[k].Text : null, k < added.Count ? added[k].Line : Math.Max(0, y - 1)));
            }

            removed.Clear();
            added.Clear();
        }

        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && string.Equals(a[x], b[y], StringComparison.Ordinal))
            {
                Flush();
                x++;
                y++;
            }
            else if (y < b.Length && (x == a.Length || common[x, y + 1] >= common[x + 1, y]))
            {
                added.Add((b[y], y));
                y++;
            }
            else
            {
                removed.Add(a[x]);
                x++;
            }
        }

        Flush();
        return edits;
    }

    /// <summary>The changed words with a little context: “…18 deaths…”, a fresh build gives “…19 deaths…”.</summary>
    private static string Change(string old, string now)
    {
        var a = old.Split(' ');
        var b = now.Split(' ');
        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && string.Equals(a[prefix], b[prefix], StringComparison.Ordinal))
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < a.Length - prefix && suffix < b.Length - prefix && string.Equals(a[a.Length - 1 - suffix], b[b.Length - 1 - suffix], StringComparison.Ordinal))
        {
            suffix++;
        }

        var from = Math.Max(0, prefix - ContextWords);
        string Span(string[] words) =>
            Clip(string.Join(' ', words[from..Math.Min(words.Length, words.Length - suffix + ContextWords)]));
        return $"“{Span(a)}”, a fresh build gives “{Span(b)}”";
    }

    private static string Clip(string text)
    {
        var clean = text.Replace('`', '\'');
        return clean.Length <= MaxSnippet ? clean : clean[..MaxSnippet] + "…";
    }

    /// <summary>The nearest heading or table title at or above <paramref name="line"/>, for a reader's bearings.</summary>
    private static string? Section(string[] lines, int line)
    {
        for (var i = line; i >= 0; i--)
        {
            var text = lines[i];
            if (text.StartsWith('#'))
            {
                return text.TrimStart('#', ' ');
            }

            if (text.StartsWith("**Table", StringComparison.Ordinal) || text.StartsWith("**Figure", StringComparison.Ordinal))
            {
                var end = text.IndexOf("**", 2, StringComparison.Ordinal);
                return end > 2 ? text[2..end] : null;
            }
        }

        return null;
    }
}
