using System.Globalization;
using SmnpcRepro.Analysis;
using SmnpcRepro.Manuscript.Formatting;
using SmnpcRepro.Manuscript.ViewModels;

namespace SmnpcRepro.Manuscript.Numbers;

/// <summary>The numbers of the figure captions: Figure 3's median OS, and the log-rank P of each figure by group.</summary>
internal static class FigureNumbers
{
    public static void Collect(NumberList list, PaperResults results, IReadOnlyList<FigureView> figures)
    {
        foreach (var figure in figures)
        {
            var number = figure.Number.ToString(CultureInfo.InvariantCulture);
            if (figure.Groups.Count == 0)
            {
                list.Add($"figure{number}.median_os", $"Figure {number} caption, median OS (months)", figure.Median, results.Overall.Median.Median);
                continue;
            }

            // The figure's factor is the one whose Kaplan–Meier groups it draws.
            var survival = results.Univariate.Single(u => u.Survival.Medians.Select(m => m.Group).SequenceEqual(figure.Groups, StringComparer.Ordinal)).Survival;
            var p = survival.LogRank.PValue;
            list.AddP($"figure{number}.log_rank.p", $"Figure {number} caption, log-rank P ({figure.Subject})", Format.P(p), p);
        }
    }
}
