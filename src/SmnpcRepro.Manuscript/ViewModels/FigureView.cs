using SmnpcRepro.Analysis;
using SmnpcRepro.Analysis.Outcomes;
using SmnpcRepro.Manuscript.Figures;
using SmnpcRepro.Manuscript.Formatting;

namespace SmnpcRepro.Manuscript.ViewModels;

/// <summary>One figure of the manuscript: its data (drawn by the plotter) and the numbers its caption needs.</summary>
/// <param name="Number">Figure number as the paper numbers it (3–6).</param>
/// <param name="File">File stem under <c>figures/</c>.</param>
/// <param name="Subject">What is compared ("visceral metastasis"), empty for overall survival.</param>
/// <param name="Groups">Group labels, empty for overall survival.</param>
/// <param name="Test">The log-rank p as running text, empty for overall survival.</param>
/// <param name="Median">Median survival for overall survival, empty otherwise.</param>
public sealed record FigureView(int Number, string File, string Subject, IReadOnlyList<string> Groups, string Test, string Median, SurvivalFigure Data)
{
    /// <summary>Figures 3–6 of the paper: overall survival, then by visceral metastasis, Frankel score and surgical option.</summary>
    public static IReadOnlyList<FigureView> From(PaperResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var overall = results.Overall;
        var figures = new List<FigureView>
        {
            new(3, "figure3", string.Empty, [], string.Empty, Format.Months(overall.Median.Median),
                SurvivalFigureBuilder.From("figure3", overall.Fit, ["All patients"], $"Median {Format.Months(overall.Median.Median)} months")),
        };
        (int Number, string Key, string Subject)[] byFactor =
        [
            (4, "visceral_mets", "visceral metastasis"),
            (5, "frankel_preop", "preoperative FS"),
            (6, "surgical_option", "surgical option"),
        ];
        foreach (var (number, key, subject) in byFactor)
        {
            var survival = results.Factor(key).Survival;
            var name = "figure" + number.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var test = "log-rank " + Format.PInText(survival.LogRank.PValue);
            var groups = survival.Medians.Select(m => m.Group).ToArray();
            figures.Add(new FigureView(number, name, subject, groups, test, string.Empty,
                SurvivalFigureBuilder.From(name, survival.Fit, groups, Capitalise(test))));
        }

        return figures;
    }

    private static string Capitalise(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
