using SmnpcRepro.Analysis;
using SmnpcRepro.Analysis.Outcomes;
using SmnpcRepro.Manuscript.Figures;
using SmnpcRepro.Manuscript.Formatting;
using SmnpcRepro.Manuscript.Numbers;

namespace SmnpcRepro.Manuscript.ViewModels;

/// <summary>One figure of the manuscript: its data (drawn by the plotter) and the numbers its caption needs.</summary>
/// <param name="Number">Figure number as the paper numbers it (3–6).</param>
/// <param name="File">File stem under <c>figures/</c>.</param>
/// <param name="Subject">What is compared ("visceral metastasis"), empty for overall survival.</param>
/// <param name="Groups">Group labels, empty for overall survival.</param>
/// <param name="Test">The log-rank p as running text, empty for overall survival.</param>
/// <param name="Median">Median survival for overall survival, empty otherwise.</param>
/// <param name="Data">What the figure draws.</param>
/// <param name="Description">What the figure shows, in words: its alt text in HTML and Word, its title in SVG and PDF.</param>
public sealed record FigureView(int Number, string File, string Subject, IReadOnlyList<string> Groups, string Test, string Median, SurvivalFigure Data, string Description)
{
    /// <summary>
    /// The paper's own order of its per-factor figures (Figures 4–6: visceral metastasis, Frankel score,
    /// surgical option); any other factor that becomes independent follows in Table 2's order.
    /// </summary>
    /// <summary>
    /// Figure 3, overall survival, then one Kaplan–Meier figure per factor that is independent in the
    /// multivariate model (multivariate P at or below the significance level), numbered from 4 — the paper's
    /// Figures 4–6 are exactly those. The figures follow the data: a factor that stops being independent loses
    /// its figure, one that becomes independent gains one.
    /// </summary>
    public static IReadOnlyList<FigureView> From(PaperResults results, FigureOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(results);
        return From(results, options, new NumberList(results.Profile));
    }

    /// <summary>The figures of <paramref name="results"/>, each caption number recorded in <paramref name="numbers"/> as it is formatted.</summary>
    internal static IReadOnlyList<FigureView> From(PaperResults results, FigureOptions? options, NumberList numbers)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(numbers);
        options ??= FigureOptions.Default;
        var overall = results.Overall;
        var median = numbers.Print("figure3.median_os", "Figure 3 caption, median OS (months)", Format.Months(overall.Median.Median), overall.Median.Median);
        var figures = new List<FigureView>
        {
            new(3, "figure3", string.Empty, [], string.Empty, median,
                SurvivalFigureBuilder.From("figure3", overall.Fit, ["All patients"], string.Empty, $"Median {Format.Months(overall.Median.Median)} months", options),
                $"Kaplan–Meier curve of overall survival of all {Format.Count(results.Patients)} patients, with the number at risk under the time axis"),
        };
        var independent = Independent(results).ToHashSet(StringComparer.Ordinal);
        // The plan's figure order first, then the other independent factors in plan order.
        var order = results.Plan.Source.FigureOrder;
        var ordered = order.Concat(results.Univariate.Select(u => u.Factor.Key).Where(k => !order.Contains(k, StringComparer.Ordinal)))
            .Where(independent.Contains)
            .Select(k => (Key: k, Subject: results.Factor(k).Factor.FigureSubject));
        var number = 4;
        foreach (var (key, subject) in ordered)
        {
            var survival = results.Factor(key).Survival;
            var name = "figure" + number.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var p = numbers.PrintP($"{name}.log_rank.p", $"Figure {number.ToString(System.Globalization.CultureInfo.InvariantCulture)} caption, log-rank P ({subject})", Format.P(survival.LogRank.PValue), survival.LogRank.PValue);
            var test = "log-rank " + Format.PInText(p);
            var groups = survival.Medians.Select(m => m.Group).ToArray();
            figures.Add(new FigureView(number, name, subject, groups, test, string.Empty,
                SurvivalFigureBuilder.From(name, survival.Fit, groups, Capitalise(subject), Capitalise(test), options),
                $"Kaplan–Meier curves of overall survival by {subject}: {string.Join(", ", groups)}, with the number at risk under the time axis"));
            number++;
        }

        return figures;
    }

    /// <summary>How the Results cite the independent factors' figures: "Figures 4–6", "Figures 4 and 5", "Figure 4", or empty.</summary>
    public static string Citation(IReadOnlyList<FigureView> figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var numbers = figures.Where(f => f.Groups.Count > 0).Select(f => f.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        return numbers.Length switch
        {
            0 => string.Empty,
            1 => $"Figure {numbers[0]}",
            2 => $"Figures {numbers[0]} and {numbers[1]}",
            _ => $"Figures {numbers[0]}–{numbers[^1]}",
        };
    }

    private static IEnumerable<string> Independent(PaperResults results) =>
        results.Multivariate.Independent(results.Profile.SignificanceLevel).Select(f => f.Key);

    private static string Capitalise(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
