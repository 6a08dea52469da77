namespace SmnpcRepro.Manuscript.Numbers;

/// <summary>
/// The content of <c>manuscript/numbers.json</c>: every number the manuscript prints, in the order a reader
/// meets it, with the thresholds its p-values are judged against and the multivariate model's membership.
/// The single source of truth of "what the manuscript prints" for <c>smnpc check</c>.
/// </summary>
/// <param name="Schema">The file's format (<see cref="CurrentSchema"/>).</param>
/// <param name="Profile">The conventions profile the numbers were computed under.</param>
/// <param name="SignificanceLevel">p at or below which a result is called significant.</param>
/// <param name="EntryThreshold">Univariate p at or below which a factor enters the multivariate model.</param>
/// <param name="Numbers">Every printed number.</param>
/// <param name="MultivariateModel">The factors of the multivariate model.</param>
public sealed record NumbersFile(
    string Schema,
    string Profile,
    double SignificanceLevel,
    double EntryThreshold,
    IReadOnlyList<ManuscriptNumber> Numbers,
    ModelMembership MultivariateModel)
{
    /// <summary>The format written by this version.</summary>
    public const string CurrentSchema = "smnpc-numbers/1";
}
