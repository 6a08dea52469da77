namespace SmnpcRepro.Survival.LogRank;

/// <summary>
/// One pairwise comparison (SPSS KM <c>/COMPARE PAIRWISE</c>): the test run on the rows of two groups only
/// (still stratified if the data are), df = 1, with no adjustment for multiple comparisons, as SPSS prints.
/// </summary>
/// <param name="First">Label of the first group.</param>
/// <param name="Second">Label of the second group.</param>
/// <param name="Test">The two-group test.</param>
public sealed record PairwiseLogRank(string First, string Second, LogRankResult Test);
