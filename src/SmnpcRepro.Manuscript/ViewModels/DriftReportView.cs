using SmnpcRepro.Manuscript.Check;
using SmnpcRepro.Manuscript.Formatting;

namespace SmnpcRepro.Manuscript.ViewModels;

/// <summary>Turns a <see cref="DriftResult"/> into the check's report: a verdict, then each kind of drift, one line per number as a reader sees it.</summary>
public static class DriftReportView
{
    /// <summary>The view of <paramref name="result"/>.</summary>
    public static DriftReportModel From(DriftResult result, DataFileProvenance data, string numbersFile, string profile)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(data);
        var sections = new List<DriftSectionView>();
        // Problems are sentences made by the check, with code spans where they name a file or a command.
        Add(sections, "The manuscript as a whole", result.Problems);
        Add(sections, "Significance flipped", result.Flipped.Select(Line));
        Add(sections, "Factors that entered or left the multivariate model", result.Model.Select(m => MarkdownText.Escape(m.Line)));
        Add(sections, "Numbers that moved", result.Moved.Select(Line));
        Add(sections, "Numbers printed only now (— → x) or no longer (x → —)", result.AddedOrRemoved.Select(Line));
        return new DriftReportModel(
            data.Name,
            data.Sha256,
            numbersFile,
            profile,
            Format.Count(result.Compared),
            Verdict(result),
            sections);
    }

    private static string Line(NumberDrift drift) => $"{MarkdownText.Escape(drift.Line)} · {MarkdownText.Code(drift.Id)}";

    private static string Verdict(DriftResult result)
    {
        if (!result.HasDrift)
        {
            return "No drift: every number the manuscript prints is what the data give.";
        }

        var parts = new List<string>();
        Part(parts, result.Problems.Count, "problem with the manuscript as a whole", "problems with the manuscript as a whole");
        Part(parts, result.Flipped.Count, "significance flip", "significance flips");
        Part(parts, result.Model.Count, "change of the multivariate model", "changes of the multivariate model");
        Part(parts, result.Moved.Count, "number moved", "numbers moved");
        Part(parts, result.AddedOrRemoved.Count, "number printed only now or no longer", "numbers printed only now or no longer");
        return $"Drift: {string.Join(", ", parts)}. Rebuild with `smnpc build` and review the diff of the manuscript.";
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
