using System.Globalization;
using SmnpcRepro.Analysis.Published;

namespace SmnpcRepro.Analysis.Audit.Paper;

/// <summary>
/// The transcription as the audit reads it: prints (not parsed values, so precision survives), where each
/// print is (its path and the nearest <c>source</c> above it), and the entries of the text sections.
/// A print that does not parse is bad input, reported with its path.
/// </summary>
internal sealed class PaperReader(PublishedPaper paper)
{
    public PublishedPaper Paper { get; } = paper;

    /// <summary>The cohort size every percentage is taken of.</summary>
    public int Patients => Count("meta.n_patients");

    /// <summary>Where <paramref name="path"/> is printed: the path and the nearest <c>source</c> at or above it.</summary>
    public PrintedLocation Location(string path)
    {
        var segments = path.Split('.');
        for (var length = segments.Length; length > 0; length--)
        {
            if (Paper.TryText(string.Join('.', segments[..length]) + ".source") is { } source)
            {
                return new PrintedLocation(path, source);
            }
        }

        // The figure boxes (text.figure1_flow.*) carry no source: name the figure by its caption.
        if (segments.Length > 1 && Paper.TryText($"figures.{segments[1].Split('_')[0]}.caption.printed") is { } caption)
        {
            return new PrintedLocation(path, caption);
        }

        return new PrintedLocation(path, path);
    }

    /// <summary>The print at <paramref name="path"/>: its <c>printed</c> child when it has one, else the value as written in the file.</summary>
    public PrintedNumber Number(string path)
    {
        var text = Paper.TryText(path + ".printed") ?? Paper.Text(path);
        return PrintedNumber.TryParse(text, out var number)
            ? number
            : throw new InvalidDataException($"{Paper.Source}: error: '{path}' is '{text}', not a printed number.");
    }

    /// <summary>The first number (with a relation before it) in the phrase at <paramref name="path"/> (<c>P values ≤0.05</c> → <c>≤0.05</c>).</summary>
    public PrintedNumber NumberInPhrase(string path)
    {
        var text = Paper.TryText(path + ".printed") ?? Paper.Text(path);
        return PrintedNumber.FindIn(text) ?? throw new InvalidDataException($"{Paper.Source}: error: '{path}' ('{text}') prints no number.");
    }

    /// <summary>A printed whole number (a count).</summary>
    public int Count(string path)
    {
        var number = Number(path);
        return number.Decimals == 0 && number.Relation == PrintedRelation.Equal
            ? (int)number.Value
            : throw new InvalidDataException($"{Paper.Source}: error: '{path}' is '{number.Text}', not a count.");
    }

    /// <summary>A hazard ratio cell (<c>printed</c>) with its p (<c>p_printed</c>) at <paramref name="path"/>.</summary>
    public HazardRatioEstimate Estimate(string path)
    {
        var cell = Paper.Text(path + ".printed");
        try
        {
            return HazardRatioEstimate.Parse(cell, Paper.TryText(path + ".p_printed"));
        }
        catch (FormatException e)
        {
            throw new InvalidDataException($"{Paper.Source}: error: '{path}': {e.Message}", e);
        }
    }

    /// <summary>Every entry of every text section (<c>text.results_patients.male</c>, …), in file order.</summary>
    public IEnumerable<string> TextEntries() =>
        Paper.Keys("text").SelectMany(section => Paper.Keys($"text.{section}").Select(key => $"text.{section}.{key}"));

    /// <summary>Whether an entry reports other studies (its source says "literature"): not the paper's own numbers.</summary>
    public bool IsLiterature(string entry) =>
        Paper.TryText(entry + ".source") is { } source && source.Contains("literature", StringComparison.OrdinalIgnoreCase);

    /// <summary>The last segment of a path.</summary>
    public static string Leaf(string path) => path[(path.LastIndexOf('.') + 1)..];

    /// <summary>A readable name for a value's path: its entry key without the field, underscores as spaces (<c>…excl_lost_follow_up.value</c> → <c>excl lost follow up</c>).</summary>
    public static string Name(string path)
    {
        var trimmed = path.EndsWith(".value", StringComparison.Ordinal) || path.EndsWith(".count", StringComparison.Ordinal) ? path[..path.LastIndexOf('.')] : path;
        return Leaf(trimmed).Replace('_', ' ');
    }

    /// <summary>A Table 2 row's label and comparison: <c>Preoperative KPS (&lt;80 vs ≥80)</c>.</summary>
    public string RowName(string row) =>
        string.Create(CultureInfo.InvariantCulture, $"{Paper.Text($"table2.rows.{row}.label")} ({Paper.Text($"table2.rows.{row}.comparison")})");
}
