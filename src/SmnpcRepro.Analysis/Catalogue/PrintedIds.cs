namespace SmnpcRepro.Analysis.Catalogue;

/// <summary>
/// How the ids of the survival results are spelled: one place for the views that print them
/// (<c>numbers.json</c>) and for the reconstruction, which fits the published numbers the catalogue matches to them.
/// </summary>
public static class PrintedIds
{
    /// <summary>The Results' median overall survival.</summary>
    public const string MedianOverallSurvival = "text.survival.median_os";

    /// <summary>The Results' median survival of each surgical group (<see cref="GroupMedian"/>).</summary>
    public const string SurgicalGroupMedians = "text.survival.median";

    /// <summary>The Results' median survival of each KPS group (<see cref="GroupMedian"/>).</summary>
    public const string KpsGroupMedians = "text.survival.kps_median";

    /// <summary>Table 2's columns of the univariate and the multivariate Cox model.</summary>
    public static readonly IReadOnlyList<string> Table2Columns = ["univariate", "multivariate"];

    /// <summary>A Cox model's statistics as Table 2 prints them: HR, its 95% limits, P.</summary>
    public static readonly IReadOnlyList<string> CoxStatistics = ["hr", "ci_low", "ci_high", "p"];

    /// <summary>A Table 2 cell: <c>table2.&lt;term&gt;.&lt;column&gt;.&lt;statistic&gt;</c> (a factor's key, or <c>key.group</c> for a categorical factor's contrast).</summary>
    public static string Table2(string term, string column, string statistic) => $"table2.{term}.{column}.{statistic}";

    /// <summary>The Results' univariate (screening) P of a factor.</summary>
    public static string UnivariateP(string factorKey) => $"text.survival.univariate.{factorKey}.p";

    /// <summary>The Results' numbers of a term of the multivariate model (<c>.hr</c>, <c>.ci_low</c>, <c>.ci_high</c>, <c>.p</c> follow).</summary>
    public static string Multivariate(string term) => $"text.survival.multivariate.{term}";

    /// <summary>A group's median survival under <paramref name="prefix"/> (<see cref="SurgicalGroupMedians"/>, <see cref="KpsGroupMedians"/>).</summary>
    public static string GroupMedian(string prefix, string group) => $"{prefix}.{IdSegment.Of(group)}";
}
