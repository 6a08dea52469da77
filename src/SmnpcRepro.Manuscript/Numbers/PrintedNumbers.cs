using SmnpcRepro.Analysis;
using SmnpcRepro.Analysis.Catalogue;
using SmnpcRepro.Analysis.Multivariate;
using SmnpcRepro.Manuscript.Figures;
using SmnpcRepro.Manuscript.Formatting;
using SmnpcRepro.Manuscript.ViewModels;

namespace SmnpcRepro.Manuscript.Numbers;

/// <summary>
/// Every number the manuscript prints, collected from the view model the templates place and the results
/// it was made from (never by reading the Markdown back): the content of <c>manuscript/numbers.json</c>.
/// </summary>
public static class PrintedNumbers
{
    /// <summary>The file's name in the manuscript folder.</summary>
    public const string FileName = "numbers.json";

    /// <summary>The printed numbers of <paramref name="model"/>, built from <paramref name="results"/>.</summary>
    public static NumbersFile From(PaperResults results, ManuscriptModel model)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(model);
        return Collect(results, model.Results, model.Figures);
    }

    private static NumbersFile Collect(PaperResults results, ResultsTextView text, IReadOnlyList<FigureView> figures)
    {
        var list = new NumberList(results.Profile);
        ResultsTextNumbers.CollectPatients(list, results, text);
        Table1Numbers.Collect(list, results.Table1);
        ResultsTextNumbers.CollectSurvival(list, results, text);
        FigureNumbers.Collect(list, results, figures);
        Table2Numbers.Collect(list, results);
        var rule = results.Multivariate.Rule;
        var test = rule.Test == SelectionTest.LogRank ? "log-rank" : "univariate Cox Wald";
        var membership = new ModelMembership(
            $"{test} P ≤ {Format.Number(rule.Threshold)}",
            results.Multivariate.Entered.Select(f => new ModelFactor(f.Key, f.Label)).ToList());
        return new NumbersFile(
            NumbersFile.CurrentSchema,
            results.Profile.Name,
            results.Profile.SignificanceLevel,
            results.Profile.EntryThreshold,
            list.Numbers,
            membership);
    }

    /// <summary>The printed numbers of the main document built from <paramref name="results"/> (its results text and figures, as <see cref="ManuscriptBuilder.Model"/> makes them).</summary>
    public static NumbersFile From(PaperResults results, FigureOptions? figures = null)
    {
        ArgumentNullException.ThrowIfNull(results);
        return Collect(results, ResultsTextView.From(results), FigureView.From(results, figures));
    }

    /// <summary>The printed numbers as the reproduction comparison reads them (a number not finite, such as a median not reached, as NaN).</summary>
    public static IEnumerable<PrintedValue> Values(NumbersFile numbers)
    {
        ArgumentNullException.ThrowIfNull(numbers);
        return numbers.Numbers.Select(n => new PrintedValue(n.Id, n.Where, n.Value ?? double.NaN));
    }

    /// <summary><c>numbers.json</c> as a manuscript document.</summary>
    public static ManuscriptDocument Document(PaperResults results, ManuscriptModel model) =>
        ManuscriptDocument.Text(FileName, NumbersJson.Serialize(From(results, model)));
}
