using SmnpcRepro.Survival.Cox;
using SmnpcRepro.Survival.Data;

namespace SmnpcRepro.Survival.LogRank;

/// <summary>
/// The k-sample log-rank family, as R's <c>survdiff</c> (survival 3.5-3, C routine <c>survdiff2</c>):
/// G-rho (log-rank, Peto–Peto), Gehan–Breslow and Tarone–Ware weights, stratified tests, pairwise
/// comparisons and the test for trend. One pass over the tabulated distinct times per stratum:
/// O_g += w·d_g, E_g += w·d·n_g/n, V_gh += w²·d(n−d)/(n²(n−1))·n_g(n·δ_gh − n_h).
/// </summary>
public static class LogRankTest
{
    /// <summary>Runs the test over the groups of <paramref name="data"/> (stratified when it has strata).</summary>
    /// <exception cref="ArgumentException">The data have no grouping factor or fewer than two groups; ρ &lt; 0.</exception>
    public static LogRankResult Compute(SurvivalData data, LogRankOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        options ??= LogRankOptions.Default;
        var group = data.Group ?? throw new ArgumentException("A log-rank test needs a grouping factor.", nameof(data));
        if (group.LevelCount < 2)
        {
            throw new ArgumentException($"A log-rank test needs at least two groups; '{group.Name}' has one ({group.Levels[0]}).", nameof(data));
        }

        if (options.Weight == LogRankWeight.FlemingHarrington && !(options.Rho >= 0))
        {
            throw new ArgumentException(FormattableString.Invariant($"rho must be ≥ 0; it is {options.Rho:R}."), nameof(options));
        }

        var strata = data.Strata;
        var strataCount = strata?.LevelCount ?? 1;
        var groups = group.LevelCount;
        var table = EventTable.Build(data.TimeArray, data.StatusArray, strata?.CodeArray, strataCount, group.CodeArray, groups, options.TimeFix);

        var observed = new double[groups, strataCount];
        var expected = new double[groups, strataCount];
        var variance = new double[groups, groups];
        var risk = new double[groups];
        for (var s = 0; s < strataCount; s++)
        {
            var n = 0.0;
            for (var g = 0; g < groups; g++)
            {
                risk[g] = table.Rows[(s * groups) + g];
                n += risk[g];
            }

            var km = 1.0;
            for (var j = table.Start[s]; j < table.Start[s + 1]; j++)
            {
                var offset = j * groups;
                var d = 0.0;
                var removed = 0.0;
                for (var g = 0; g < groups; g++)
                {
                    d += table.Events[offset + g];
                    removed += table.Events[offset + g] + table.Censored[offset + g];
                }

                if (d > 0)
                {
                    var w = Weight(options, n, km);
                    for (var g = 0; g < groups; g++)
                    {
                        observed[g, s] += w * table.Events[offset + g];
                        expected[g, s] += w * d * risk[g] / n;
                    }

                    if (n > 1)
                    {
                        var kt = w * w * d * (n - d) / (n * n * (n - 1));
                        for (var a = 0; a < groups; a++)
                        {
                            var tmp = kt * risk[a];
                            for (var b = 0; b < groups; b++)
                            {
                                variance[a, b] -= tmp * risk[b];
                            }

                            variance[a, a] += tmp * n;
                        }
                    }

                    km *= (n - d) / n;
                }

                for (var g = 0; g < groups; g++)
                {
                    risk[g] -= table.Events[offset + g] + table.Censored[offset + g];
                }

                n -= removed;
            }
        }

        return Summarise(data, options, table, observed, expected, variance);
    }

    /// <summary>Every pair of groups tested on its own rows (SPSS <c>/COMPARE PAIRWISE</c>), unadjusted.</summary>
    public static IReadOnlyList<PairwiseLogRank> Pairwise(SurvivalData data, LogRankOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        var group = data.Group ?? throw new ArgumentException("Pairwise comparisons need a grouping factor.", nameof(data));
        var codes = group.CodeArray;
        var result = new List<PairwiseLogRank>();
        for (var a = 0; a < group.LevelCount; a++)
        {
            for (var b = a + 1; b < group.LevelCount; b++)
            {
                var (first, second) = (a, b);
                var subset = data.Subset(i => codes[i] == first || codes[i] == second);
                result.Add(new PairwiseLogRank(group.Label(a), group.Label(b), Compute(subset, options)));
            }
        }

        return result;
    }

    /// <summary>The test for trend across the ordered groups (SPSS <c>/TREND</c>).</summary>
    /// <param name="data">Data with a grouping factor whose level order is the ordering.</param>
    /// <param name="scores">One score per group level; null for 1, 2, …, k.</param>
    /// <param name="options">Weight and time fix; null for the log-rank test.</param>
    public static LogRankTrend Trend(SurvivalData data, IReadOnlyList<double>? scores = null, LogRankOptions? options = null)
    {
        var test = Compute(data, options);
        var k = test.Groups.Count;
        scores ??= Enumerable.Range(1, k).Select(i => (double)i).ToArray();
        if (scores.Count != k)
        {
            throw new ArgumentException($"{scores.Count} scores were given for {k} groups.", nameof(scores));
        }

        var u = 0.0;
        var v = 0.0;
        for (var a = 0; a < k; a++)
        {
            u += scores[a] * test.ObservedMinusExpected[a];
            for (var b = 0; b < k; b++)
            {
                v += scores[a] * test.Variance[a][b] * scores[b];
            }
        }

        var chisq = u * u / v;
        return new LogRankTrend([.. scores], u, v, u / Math.Sqrt(v), chisq, Distributions.ChiSquareUpperTail(chisq, 1), test);
    }

    /// <summary>The weight at an event time with <paramref name="atRisk"/> at risk and pooled S(t−) = <paramref name="survivalBefore"/>.</summary>
    internal static double Weight(LogRankOptions options, double atRisk, double survivalBefore) => options.Weight switch
    {
        LogRankWeight.LogRank => 1.0,
        LogRankWeight.PetoPeto => survivalBefore,
        LogRankWeight.FlemingHarrington => options.Rho == 0 ? 1.0 : Math.Pow(survivalBefore, options.Rho),
        LogRankWeight.GehanBreslow => atRisk,
        LogRankWeight.TaroneWare => Math.Sqrt(atRisk),
        _ => throw new ArgumentException($"Unknown weight {options.Weight}.", nameof(options)),
    };

    /// <summary>survdiff's chi-square: drop groups with E = 0 and then the first; u′V⁻¹u.</summary>
    internal static (double ChiSquare, int DegreesOfFreedom) ChiSquare(double[] observed, double[] expected, double[,] variance)
    {
        var keep = new List<int>();
        for (var g = 0; g < expected.Length; g++)
        {
            if (expected[g] > 0)
            {
                keep.Add(g);
            }
        }

        var df = keep.Count - 1;
        if (keep.Count < 2)
        {
            return (0, df);
        }

        var k = keep.Count - 1;
        var u = new double[k];
        var v = new double[k, k];
        for (var a = 0; a < k; a++)
        {
            u[a] = observed[keep[a + 1]] - expected[keep[a + 1]];
            for (var b = 0; b < k; b++)
            {
                v[a, b] = variance[keep[a + 1], keep[b + 1]];
            }
        }

        return (QuadraticForm.Solve(v, u), df);
    }

    private static LogRankResult Summarise(SurvivalData data, LogRankOptions options, EventTable table, double[,] observedByStratum, double[,] expectedByStratum, double[,] variance)
    {
        var group = data.Group!;
        var groups = group.LevelCount;
        var strataCount = table.StrataCount;
        var observed = new double[groups];
        var expected = new double[groups];
        var n = new int[groups];
        var strataN = new int[strataCount];
        for (var g = 0; g < groups; g++)
        {
            for (var s = 0; s < strataCount; s++)
            {
                observed[g] += observedByStratum[g, s];
                expected[g] += expectedByStratum[g, s];
                n[g] += table.Rows[(s * groups) + g];
                strataN[s] += table.Rows[(s * groups) + g];
            }
        }

        var (chisq, df) = ChiSquare(observed, expected, variance);
        var warnings = new List<string>();
        if (double.IsNaN(chisq))
        {
            warnings.Add("The variance matrix of O − E is singular: no chi-square test.");
        }

        if (df < 1)
        {
            warnings.Add("Fewer than two groups have expected events: no test (chi-square 0 on 0 df).");
        }

        return new LogRankResult
        {
            Groups = Enumerable.Range(0, groups).Select(group.Label).ToArray(),
            N = n,
            Observed = observed,
            Expected = expected,
            ObservedMinusExpected = observed.Select((o, g) => o - expected[g]).ToArray(),
            Variance = Rows(variance),
            ChiSquare = chisq,
            DegreesOfFreedom = df,
            PValue = df < 1 ? double.NaN : Distributions.ChiSquareUpperTail(chisq, df),
            Weight = options.Weight,
            Rho = options.EffectiveRho,
            Strata = data.Strata is null ? [] : Enumerable.Range(0, strataCount).Select(data.Strata.Label).ToArray(),
            StrataN = data.Strata is null ? [] : strataN,
            ObservedByStratum = Rows(observedByStratum),
            ExpectedByStratum = Rows(expectedByStratum),
            Warnings = warnings,
        };
    }

    private static IReadOnlyList<IReadOnlyList<double>> Rows(double[,] matrix)
    {
        var rows = new IReadOnlyList<double>[matrix.GetLength(0)];
        for (var r = 0; r < rows.Length; r++)
        {
            var row = new double[matrix.GetLength(1)];
            for (var c = 0; c < row.Length; c++)
            {
                row[c] = matrix[r, c];
            }

            rows[r] = row;
        }

        return rows;
    }
}
