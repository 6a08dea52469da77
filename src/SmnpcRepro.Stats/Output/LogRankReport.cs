using System.Globalization;
using System.Text;
using System.Text.Json;
using SmnpcRepro.Stats.Input;
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

    public static string Json(SurvivalCsvRequest request, SurvivalCsvTable table, bool timeFix, LogRankResult r, IReadOnlyList<PairwiseLogRank>? pairs, LogRankTrend? trend, PermutationLogRankResult? monteCarlo, PermutationLogRankResult? exact)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, StatsJson.WriterOptions))
        {
            w.WriteStartObject();
            w.WriteString("analysis", "logrank");
            w.WriteString("r_equivalent", "survdiff(Surv(time, status) ~ group [+ strata(strata)], rho = rho)");
            StatsJson.Input(w, request, table, timeFix);
            w.WriteString("weight", WeightName(r));
            StatsJson.Number(w, "rho", r.Rho);
            Test(w, r);
            if (r.Strata.Count > 0)
            {
                StatsJson.Strings(w, "strata", r.Strata);
                StatsJson.Integers(w, "strata_n", r.StrataN.ToArray());
                StatsJson.Matrix(w, "obs_by_stratum", r.ObservedByStratum);
                StatsJson.Matrix(w, "exp_by_stratum", r.ExpectedByStratum);
            }

            if (pairs is not null)
            {
                w.WriteStartArray("pairwise");
                foreach (var pair in pairs)
                {
                    w.WriteStartObject();
                    Test(w, pair.Test);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }

            if (trend is not null)
            {
                w.WriteStartObject("trend");
                StatsJson.Numbers(w, "scores", trend.Scores.ToArray());
                StatsJson.Number(w, "U", trend.Statistic);
                StatsJson.Number(w, "V", trend.Variance);
                StatsJson.Number(w, "z", trend.Z);
                StatsJson.Number(w, "chisq", trend.ChiSquare);
                w.WriteNumber("df", 1);
                StatsJson.Number(w, "p", trend.PValue);
                w.WriteEndObject();
            }

            foreach (var (name, p) in new[] { ("permutation", monteCarlo), ("exact", exact) })
            {
                if (p is null)
                {
                    continue;
                }

                w.WriteStartObject(name);
                w.WriteString("statistic", p.Statistic == PermutationStatistic.ChiSquare ? "chisq (survdiff, hypergeometric variance)" : "linear-rank (coin logrank_test, permutation variance)");
                w.WriteString("method", p.Exact ? "exact enumeration" : "Monte Carlo (xoshiro256**, one stream per block of 1024)");
                StatsJson.Number(w, "observed", p.Observed);
                w.WriteNumber("relabellings", p.Relabellings);
                if (!p.Exact)
                {
                    w.WriteNumber("seed", p.Seed);
                }

                StatsJson.Number(w, "p", p.PValue);
                StatsJson.Number(w, "mid_p", p.MidPValue);
                StatsJson.Number(w, "mc_se", p.MonteCarloStandardError);
                StatsJson.Numbers(w, "p_conf_int_99", [p.Lower99, p.Upper99]);
                w.WriteEndObject();
            }

            StatsJson.Strings(w, "warnings", r.Warnings);
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void Test(Utf8JsonWriter w, LogRankResult r)
    {
        StatsJson.Strings(w, "groups", r.Groups);
        StatsJson.Integers(w, "n", r.N.ToArray());
        StatsJson.Numbers(w, "obs", r.Observed.ToArray());
        StatsJson.Numbers(w, "exp", r.Expected.ToArray());
        StatsJson.Numbers(w, "o_minus_e", r.ObservedMinusExpected.ToArray());
        StatsJson.Matrix(w, "var", r.Variance);
        StatsJson.Number(w, "chisq", r.ChiSquare);
        w.WriteNumber("df", r.DegreesOfFreedom);
        StatsJson.Number(w, "p", r.PValue);
    }

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
