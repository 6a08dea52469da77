using System.Globalization;
using System.Text;
using SmnpcRepro.Stats.Input;
using SmnpcRepro.Stats.Json;
using SmnpcRepro.Survival.LogRank;

namespace SmnpcRepro.Stats.Output;

/// <summary>What <c>smnpc stats logrank</c> prints: the JSON with R's names (docs/stats-json.md) or a text table.</summary>
public static class LogRankReport
{
    private static string WeightName(LogRankResult r) => r.Weight switch
    {
        LogRankWeight.LogRank => "log-rank",
        LogRankWeight.PetoPeto => "peto-peto",
        LogRankWeight.FlemingHarrington => "fleming-harrington",
        LogRankWeight.GehanBreslow => "gehan-breslow",
        _ => "tarone-ware",
    };

    public static StatsOutput Json(SurvivalCsvRequest request, SurvivalCsvTable table, bool timeFix, LogRankResult r, IReadOnlyList<PairwiseLogRank>? pairs, LogRankTrend? trend, PermutationLogRankResult? monteCarlo, PermutationLogRankResult? exact)
    {
        ArgumentNullException.ThrowIfNull(r);
        var stratified = r.Strata.Count > 0;
        var json = new LogRankJson(
            "logrank",
            "survdiff(Surv(time, status) ~ group [+ strata(strata)], rho = rho)",
            InputJson.From(request, table, timeFix),
            WeightName(r),
            r.Rho,
            r.Groups,
            r.N,
            r.Observed,
            r.Expected,
            r.ObservedMinusExpected,
            r.Variance,
            r.ChiSquare,
            r.DegreesOfFreedom,
            r.PValue,
            stratified ? r.Strata : null,
            stratified ? r.StrataN : null,
            stratified ? r.ObservedByStratum : null,
            stratified ? r.ExpectedByStratum : null,
            pairs?.Select(p => Test(p.Test)).ToArray(),
            trend is null ? null : new LogRankTrendJson(trend.Scores, trend.Statistic, trend.Variance, trend.Z, trend.ChiSquare, 1, trend.PValue),
            Permutation(monteCarlo),
            Permutation(exact),
            r.Warnings);
        return StatsOutput.Json(json, StatsJsonContext.Default.LogRankJson, 0);
    }

    private static LogRankTestJson Test(LogRankResult r) =>
        new(r.Groups, r.N, r.Observed, r.Expected, r.ObservedMinusExpected, r.Variance, r.ChiSquare, r.DegreesOfFreedom, r.PValue);

    private static PermutationJson? Permutation(PermutationLogRankResult? p) => p is null ? null : new PermutationJson(
        p.Statistic == PermutationStatistic.ChiSquare ? "chisq (survdiff, hypergeometric variance)" : "linear-rank (coin logrank_test, permutation variance)",
        p.Exact ? "exact enumeration" : "Monte Carlo (xoshiro256**, one stream per block of 1024)",
        p.Observed,
        p.Relabellings,
        p.Exact ? null : p.Seed,
        p.PValue,
        p.MidPValue,
        p.MonteCarloStandardError,
        [p.Lower99, p.Upper99]);

    public static string Table(SurvivalCsvTable table, LogRankResult r, IReadOnlyList<PairwiseLogRank>? pairs, LogRankTrend? trend, PermutationLogRankResult? monteCarlo, PermutationLogRankResult? exact)
    {
        var inv = CultureInfo.InvariantCulture;
        var b = new StringBuilder();
        b.AppendLine(inv, $"{WeightName(r)} test (R survdiff{(double.IsNaN(r.Rho) ? string.Empty : string.Create(inv, $", rho = {r.Rho:R}"))}){(r.Strata.Count > 0 ? ", stratified by " + string.Join(", ", r.Strata) : string.Empty)}; n = {table.Data.Count}");
        if (table.RowsDropped > 0)
        {
            b.AppendLine(inv, $"{table.RowsDropped} of {table.RowsRead} rows dropped for a missing value ({string.Join(", ", table.DroppedByColumn.Where(kv => kv.Value > 0).Select(kv => $"{kv.Key}: {kv.Value}"))}); first lines: {string.Join(", ", table.DroppedLines)}");
        }

        b.AppendLine();
        var groups = new TextTable().Add("", "N", "Observed", "Expected", "(O-E)^2/E", "(O-E)^2/V");
        for (var g = 0; g < r.Groups.Count; g++)
        {
            groups.Add(r.Groups[g], r.N[g].ToString(inv), F(r.Observed[g]), F(r.Expected[g]), F(r.ChiSquareOverExpected[g]), F(r.ChiSquareOverVariance[g]));
        }

        groups.AppendTo(b);

        b.AppendLine().AppendLine(inv, $" Chisq= {F(r.ChiSquare)}  on {r.DegreesOfFreedom} degrees of freedom, p= {P(r.PValue)}");
        foreach (var warning in r.Warnings)
        {
            b.AppendLine("Warning: " + warning);
        }

        if (pairs is not null)
        {
            b.AppendLine().AppendLine("Pairwise comparisons (each pair on its own rows; unadjusted):");
            foreach (var pair in pairs)
            {
                b.AppendLine(inv, $"  {pair.First} vs {pair.Second}: Chisq= {F(pair.Test.ChiSquare)} on {pair.Test.DegreesOfFreedom} df, p= {P(pair.Test.PValue)}");
            }
        }

        if (trend is not null)
        {
            b.AppendLine().AppendLine(inv, $"Test for trend (scores {string.Join(", ", trend.Scores.Select(s => s.ToString("R", inv)))}): Chisq= {F(trend.ChiSquare)} on 1 df, p= {P(trend.PValue)}, z= {F(trend.Z)}");
        }

        foreach (var p in new[] { monteCarlo, exact })
        {
            if (p is not null)
            {
                var what = p.Statistic == PermutationStatistic.ChiSquare ? "survdiff chi-square" : "linear rank statistic |Z| (coin)";
                b.AppendLine().AppendLine(p.Exact
                    ? string.Create(inv, $"Exact permutation p ({what}, {p.Relabellings} relabellings): p= {P(p.PValue)}, mid-p= {P(p.MidPValue)}")
                    : string.Create(inv, $"Monte Carlo permutation p ({what}, {p.Relabellings} relabellings, seed {p.Seed}): p= {P(p.PValue)} (99% CI {P(p.Lower99)} to {P(p.Upper99)}; MC SE {F(p.MonteCarloStandardError)})"));
            }
        }

        return b.ToString();
    }

    private static string F(double x) => double.IsNaN(x) ? "NA" : x.ToString("G6", CultureInfo.InvariantCulture);

    private static string P(double x) => double.IsNaN(x) ? "NA" : x.ToString("G4", CultureInfo.InvariantCulture);
}
