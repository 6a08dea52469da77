using SmnpcRepro.Manuscript.Check;
using SmnpcRepro.Manuscript.Formatting;

namespace SmnpcRepro.Manuscript.ViewModels;

/// <summary>Turns a <see cref="DriftResult"/> into the check's report: a verdict, then each kind of drift, one line per number as a reader sees it.</summary>
public static class DriftReportView
{
    /// <summary>The view of <paramref name="result"/>.</summary>
    /// <param name="result">The printed numbers' drift.</param>
    /// <param name="data">The cohort file recomputed from.</param>
    /// <param name="numbersFile">The committed numbers file compared with.</param>
    /// <param name="profile">The conventions profile.</param>
    /// <param name="files">Committed files that differ from a fresh build, by file and line (Markdown lines).</param>
    /// <param name="reconstruction">Exact targets of the reconstruction the cohort misses.</param>
    public static DriftReportModel From(
        DriftResult result,
        DataFileProvenance data,
        string numbersFile,
        string profile,
        IReadOnlyList<string>? files = null,
        IReadOnlyList<string>? reconstruction = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(data);
        files ??= [];
        reconstruction ??= [];
        var sections = new List<DriftSectionView>();
        // Problems are sentences made by the check, with code spans where they name a file or a command.
        Add(sections, "The manuscript as a whole", result.Problems);
        Add(sections, "Significance flipped", result.Flipped.Select(Line));
        Add(sections, "Factors that entered or left the multivariate model", result.Model.Select(m => MarkdownText.Escape(m.Line)));
        Add(sections, "Numbers that moved", result.Moved.Select(Line));
        Add(sections, "Numbers printed only now (— → x) or no longer (x → —)", result.AddedOrRemoved.Select(Line));
        Add(sections, "What the committed files print that a fresh build does not", files);
        Add(sections, "The reconstruction's exact targets the cohort misses", reconstruction.Select(MarkdownText.Escape));
        return new DriftReportModel(
            data.Name,
            data.Sha256,
            numbersFile,
            profile,
            Format.Count(result.Compared),
            Verdict(result, files.Count, reconstruction.Count),
            sections);
    }

    private static string Line(NumberDrift drift) => $"{MarkdownText.Escape(drift.Line)} · {MarkdownText.Code(drift.Id)}";

    private static string Verdict(DriftResult result, int files, int reconstruction)
    {
        if (!result.HasDrift && files == 0 && reconstruction == 0)
        {
            return "No drift: every number the manuscript prints is what the data give, and every generated file is what a fresh build makes.";
        }

        var parts = new List<string>();
        Part(parts, result.Problems.Count, "problem with the manuscript as a whole", "problems with the manuscript as a whole");
        Part(parts, result.Flipped.Count, "significance flip", "significance flips");
        Part(parts, result.Model.Count, "change of the multivariate model", "changes of the multivariate model");
        Part(parts, result.Moved.Count, "number moved", "numbers moved");
        Part(parts, result.AddedOrRemoved.Count, "number printed only now or no longer", "numbers printed only now or no longer");
        Part(parts, files, "difference from a fresh build", "differences from a fresh build");
        Part(parts, reconstruction, "exact target of the reconstruction missed", "exact targets of the reconstruction missed");
        return $"Drift: {string.Join(", ", parts)}. Rebuild with `dotnet cake` (or `smnpc build`), read `manuscript/changes.md` and the diff of the manuscript, and commit.";
    }

    private static void Part(List<string> parts, int count, string one, string many)
    {
        if (count > 0)
        {
            parts.Add($"{Format.Count(count)} {(count == 1 ? one : many)}");
        }
    }

    private static void Add(List<DriftSectionView> sections, string title, IEnumerable<string> lines)
    {
        var list = lines.ToList();
        if (list.Count > 0)
        {
            sections.Add(new DriftSectionView(title, Format.Count(list.Count), list));
        }
    }
}
