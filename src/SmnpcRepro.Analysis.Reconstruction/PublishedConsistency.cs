using SmnpcRepro.Analysis.Factors;
using SmnpcRepro.Analysis.Published;
using SmnpcRepro.Survival.Cox;

namespace SmnpcRepro.Analysis.Reconstruction;

/// <summary>
/// Whether one printed Table 2 cell — HR (CI) and p — is a single Wald result: a Wald interval is centred
/// (on the log scale) on its HR, and its width fixes the p. Computed from the printed numbers alone.
/// </summary>
/// <param name="Label">The row.</param>
/// <param name="Column">"univariate" or "multivariate".</param>
/// <param name="Source">The cell's path in published.yaml.</param>
/// <param name="Printed">The cell as printed (HR (CI) and p).</param>
/// <param name="HazardRatio">Printed HR.</param>
/// <param name="Lower">Printed lower bound.</param>
/// <param name="Upper">Printed upper bound.</param>
/// <param name="P">Printed p.</param>
/// <param name="Centre">√(lower · upper): the HR the interval is centred on.</param>
/// <param name="LowerFromUpper">HR² / upper: the lower bound the HR and the upper bound imply.</param>
/// <param name="PFromUpper">The Wald p the HR and the upper bound imply.</param>
/// <param name="PFromInterval">The Wald p the interval alone implies.</param>
public sealed record WaldConsistency(
    string Label,
    string Column,
    string Source,
    string Printed,
    double HazardRatio,
    double Lower,
    double Upper,
    double P,
    double Centre,
    double LowerFromUpper,
    double PFromUpper,
    double PFromInterval)
{
    /// <summary>How far (log scale) the HR may sit from the interval's centre, allowing for rounding to 3 decimals.</summary>
    public const double CentreTolerance = 0.005;

    /// <summary>How far (normal-quantile scale) the printed p may sit from the interval's, allowing for rounding.</summary>
    public const double PTolerance = 0.05;

    /// <summary>Whether the HR sits at the interval's centre.</summary>
    public bool HazardRatioAtCentre => Math.Abs(Math.Log(HazardRatio / Centre)) <= CentreTolerance;

    /// <summary>Whether the printed p is the interval's Wald p.</summary>
    public bool PAgreesWithInterval => Math.Abs(ReconstructionLoss.Transform(P, true) - ReconstructionLoss.Transform(PFromInterval, true)) <= PTolerance;

    /// <summary>Whether HR, interval and p are one Wald result.</summary>
    public bool IsConsistent => HazardRatioAtCentre && PAgreesWithInterval;
}

/// <summary>The Wald-consistency check of every HR (CI) and p that Table 2 prints.</summary>
public static class PublishedConsistency
{
    private static readonly double Z975 = Distributions.NormalQuantile(0.975);

    /// <summary>One check per printed cell, in Table 2's order (univariate, then multivariate).</summary>
    public static IReadOnlyList<WaldConsistency> Check(PublishedPaper paper)
    {
        ArgumentNullException.ThrowIfNull(paper);
        var checks = new List<WaldConsistency>();
        foreach (var column in new[] { "univariate", "multivariate" })
        {
            foreach (var factor in PaperFactors.All.Where(f => paper.Has($"table2.rows.{f.Key}.{column}.hr")))
            {
                var at = $"table2.rows.{factor.Key}.{column}";
                var printed = $"{paper.Text($"{at}.printed")}, p {paper.Text($"{at}.p_printed")}";
                checks.Add(Of(factor.Label, column, at, printed, paper.Number($"{at}.hr"), paper.Number($"{at}.ci_low"), paper.Number($"{at}.ci_high"), paper.Number($"{at}.p")));
            }
        }

        return checks;
    }

    /// <summary>The check of one cell.</summary>
    public static WaldConsistency Of(string label, string column, string source, string printed, double hr, double lower, double upper, double p)
    {
        var centre = Math.Sqrt(lower * upper);
        var seFromInterval = Math.Log(upper / lower) / (2 * Z975);
        var seFromUpper = Math.Log(upper / hr) / Z975;
        return new WaldConsistency(label, column, source, printed, hr, lower, upper, p, centre, hr * hr / upper,
            TwoSided(Math.Log(hr) / seFromUpper), TwoSided(Math.Log(centre) / seFromInterval));
    }

    private static double TwoSided(double z) => Distributions.TwoSidedNormalP(z);
}
