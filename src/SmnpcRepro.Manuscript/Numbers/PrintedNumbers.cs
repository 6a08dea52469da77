using SmnpcRepro.Analysis;
using SmnpcRepro.Analysis.Catalogue;
using SmnpcRepro.Analysis.Multivariate;
using SmnpcRepro.Manuscript.Figures;
using SmnpcRepro.Manuscript.Formatting;
using SmnpcRepro.Manuscript.ViewModels;

namespace SmnpcRepro.Manuscript.Numbers;

/// <summary>
/// Every number the manuscript prints, recorded by the views the templates place as they format each one (never by
/// reading the Markdown back, and never by a second collector beside the views): the content of
/// <c>manuscript/numbers.json</c>.
/// </summary>
public static class PrintedNumbers
{
    /// <summary>The file's name in the manuscript folder.</summary>
    public const string FileName = "numbers.json";

    /// <summary>The printed numbers of <paramref name="model"/> (recorded by its views as they formatted them).</summary>
    public static NumbersFile From(PaperResults results, ManuscriptModel model)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(model);
        return model.Numbers;
    }

    /// <summary>The printed numbers of the main document built from <paramref name="results"/>: its views, made as <see cref="ManuscriptBuilder.Model"/> makes them, without rendering.</summary>
    public static NumbersFile From(PaperResults results, FigureOptions? figures = null)
    {
        ArgumentNullException.ThrowIfNull(results);
        return Views(results, figures, null).Numbers;
    }

    /// <summary>
    /// The views that print numbers — the Results text, Table 1, the figure captions and Table 2, in reading order —
    /// made with one <see cref="NumberList"/> that each records every number in as it formats it, and the file of them.
    /// </summary>
    internal static (ResultsTextView Text, TableView Table1, IReadOnlyList<FigureView> Figures, TableView Table2, NumbersFile Numbers) Views(
        PaperResults results, FigureOptions? figures, IReadOnlyList<Analysis.Robustness.FragileEstimate>? fragile)
    {
        var list = new NumberList(results.Profile);
        var text = ResultsTextView.From(results, list);
        var table1 = Table1View.From(results.Table1, list);
        var figureViews = FigureView.From(results, figures, list);
        var table2 = Table2View.From(results, fragile, list);
        var rule = results.Multivariate.Rule;
        var test = rule.Test == SelectionTest.LogRank ? "log-rank" : "univariate Cox Wald";
        var membership = new ModelMembership(
            $"{test} P ≤ {Format.Number(rule.Threshold)}",
            results.Multivariate.Entered.Select(f => new ModelFactor(f.Key, f.Label)).ToList());
        var file = new NumbersFile(
            NumbersFile.CurrentSchema,
            results.Profile.Name,
            results.Profile.SignificanceLevel,
            results.Profile.EntryThreshold,
            list.Numbers,
            membership);
        return (text, table1, figureViews, table2, file);
    }

    /// <summary>The printed numbers as the reproduction comparison reads them (a number not finite, such as a median not reached, as NaN).</summary>
    public static IEnumerable<PrintedValue> Values(NumbersFile numbers)
    {
        ArgumentNullException.ThrowIfNull(numbers);
        return numbers.Numbers.Select(n => new PrintedValue(n.Id, n.Where, n.Value ?? double.NaN));
    }

    /// <summary><c>numbers.json</c> as a manuscript document.</summary>
    public static ManuscriptDocument Document(ManuscriptModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return ManuscriptDocument.Text(FileName, NumbersJson.Serialize(model.Numbers));
    }
}
