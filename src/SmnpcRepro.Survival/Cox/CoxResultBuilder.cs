using System.Globalization;
using System.Runtime.CompilerServices;
using SmnpcRepro.Survival.Cox.Design;

namespace SmnpcRepro.Survival.Cox;

/// <summary>
/// Turns the driver's output into a <see cref="CoxFit"/>, as the end of R's <c>coxph.fit</c> and
/// <c>coxph</c> do: redundant columns (NA), the "coefficient may be infinite" check, linear predictor,
/// robust variance, Wald/LR/score tests, coefficient table and concordance.
/// </summary>
internal static class CoxResultBuilder
{
    public static CoxFit Build(CoxData data, CoxOptions options, DesignMatrix design, CoxProblem problem, CoxIterationResult result, int[] dropped, string[] strata, int[] rows)
    {
        var p = problem.P;
        var names = design.Columns.Select(c => c.Name).ToArray();
        var coef = result.Coefficients;
        var naive = result.Variance;
        var warnings = new List<string>();

        var estimable = new bool[p];
        for (var j = 0; j < p; j++)
        {
            estimable[j] = CoxNewtonRaphson.IsEstimable(result.Flag, p, naive[(j * p) + j]);
        }

        // Linear predictor on the sorted rows: sum_j coef_j (x_j - mean_j).
        var n = problem.N;
        var (lp, maxLp) = LinearPredictor(problem, coef);

        var mayBeInfinite = InfiniteCheck(options, result, estimable, names, maxLp, warnings);
        if (result.Flag < p && result.Flag != CoxNewtonRaphson.NotConvergedFlag)
        {
            var singular = Enumerable.Range(0, p).Where(j => !estimable[j]).ToArray();
            warnings.Add("X matrix deemed to be singular; variable " + string.Join(" ", singular.Select(j => Invariant($"{j + 1} ({names[j]})")))
                + ": constant or a linear combination of the others, so not estimable (R reports NA).");
        }

        // Robust variance.
        var variance = naive;
        double[]? naiveVariance = null;
        ChiSquareTest? robustScore = null;
        int? clusterCount = null;
        var (clusterCodes, _) = CoxModel.DenseGroups(data.Cluster, rows);
        int[]? clusterSorted = null;
        if (clusterCodes is not null)
        {
            clusterSorted = new int[n];
            for (var i = 0; i < n; i++)
            {
                clusterSorted[i] = clusterCodes[problem.Order[i]];
            }
        }

        // The concordance needs only the linear predictor: on a large model it runs beside the rest (its own
        // result whatever the timing, as it reads nothing the rest writes).
        var concordance = CoxParallelism.SideBySide(n)
            ? Task.Run(() => Concordance.Compute(problem, lp, clusterSorted))
            : null;

        if ((options.Robust || data.Cluster is not null) && estimable.Any(e => e))
        {
            var robust = RobustVariance.Compute(problem, RiskScores(lp), options.Ties, naive, clusterSorted, options.CholeskyTolerance);
            naiveVariance = naive;
            variance = robust.Variance;
            robustScore = robust.ScoreTest;
            clusterCount = robust.Clusters;
        }

        var z = Distributions.TwoSidedQuantile(options.ConfidenceLevel);
        var coefficients = new CoxCoefficient[p];
        for (var j = 0; j < p; j++)
        {
            var term = design.Terms[design.Columns[j].Term].Name;
            if (!estimable[j])
            {
                coefficients[j] = new CoxCoefficient(names[j], term, double.NaN, double.NaN, naiveVariance is null ? null : double.NaN, double.NaN,
                    new ConfidenceInterval(double.NaN, double.NaN, options.ConfidenceLevel), double.NaN, double.NaN, IsEstimable: false, MayBeInfinite: false);
                continue;
            }

            var se = Math.Sqrt(naive[(j * p) + j]);
            double? robustSe = naiveVariance is null ? null : Math.Sqrt(variance[(j * p) + j]);
            var useSe = robustSe ?? se;
            var zj = coef[j] / useSe;
            coefficients[j] = new CoxCoefficient(names[j], term, coef[j], se, robustSe, Math.Exp(coef[j]),
                new ConfidenceInterval(Math.Exp(coef[j] - (z * useSe)), Math.Exp(coef[j] + (z * useSe)), options.ConfidenceLevel),
                zj, Distributions.TwoSidedNormalP(zj), IsEstimable: true, mayBeInfinite[j]);
        }

        var kept = Enumerable.Range(0, p).Where(j => estimable[j]).ToArray();
        var df = kept.Length;
        var wald = Quadratic(variance, p, coef, kept, options.CholeskyTolerance);
        var termTests = design.Terms.Select(t =>
        {
            var cols = t.Columns.Where(j => estimable[j]).ToArray();
            var test = cols.Length == 0 ? new ChiSquareTest(double.NaN, 0, double.NaN) : Quadratic(variance, p, coef, cols, options.CholeskyTolerance);
            return new CoxTermTest(t.Name, t.Columns.Select(j => names[j]).ToArray(), test);
        }).ToArray();

        var lpDesign = Memory.LargeArrays.Allocate<double>(n);
        for (var i = 0; i < n; i++)
        {
            lpDesign[problem.Order[i]] = lp[i];
        }

        var coefOrZero = coef.Select((c, j) => estimable[j] ? c : 0.0).ToArray();
        return new CoxFit
        {
            Ties = options.Ties,
            ConfidenceLevel = options.ConfidenceLevel,
            RowCount = n,
            EventCount = problem.EventCount,
            DroppedRows = dropped,
            Design = design,
            Strata = strata,
            Coefficients = coefficients,
            TermTests = termTests,
            LogLikelihoodNull = result.LogLikelihoodNull,
            LogLikelihoodFinal = result.LogLikelihoodFinal,
            LikelihoodRatioTest = ChiSquareTest.Of(2 * (result.LogLikelihoodFinal - result.LogLikelihoodNull), df),
            WaldTest = wald,
            ScoreTest = ChiSquareTest.Of(result.ScoreTest, df),
            RobustScoreTest = robustScore,
            Iterations = result.Iterations,
            Converged = result.Converged,
            Warnings = warnings,
            Variance = new CovarianceMatrix(names, variance),
            NaiveVariance = naiveVariance is null ? null : new CovarianceMatrix(names, naiveVariance),
            ClusterCount = clusterCount,
            Means = problem.Means.ToArray(),
            Concordance = concordance is null ? Concordance.Compute(problem, lp, clusterSorted) : concordance.GetAwaiter().GetResult(),
            EventsPerVariable = (double)problem.EventCount / p,
            LinearPredictors = lpDesign,
            Problem = problem,
            SortedLinearPredictors = lp,
            CoefficientsOrZero = coefOrZero,
            CholeskyTolerance = options.CholeskyTolerance,
        };
    }

    /// <summary>x'β − means'β for every sorted row (two blocks of rows side by side on a large model), and the largest of them.</summary>
    private static (double[] Lp, double Max) LinearPredictor(CoxProblem problem, double[] coef)
    {
        var n = problem.N;
        var p = problem.P;
        var scaled = new double[p];
        for (var j = 0; j < p; j++)
        {
            scaled[j] = coef[j] / problem.Scale[j];
        }

        var lp = Memory.LargeArrays.AllocateUninitialized<double>(n);
        var blocks = CoxParallelism.SideBySide(n) ? 2 : 1;
        var max = new double[blocks];
        Parallel.For(0, blocks, b =>
        {
            var blockMax = double.NegativeInfinity;
            for (var i = (int)((long)n * b / blocks); i < (int)((long)n * (b + 1) / blocks); i++)
            {
                var row = problem.Row(i);
                var eta = 0.0;
                for (var j = 0; j < p; j++)
                {
                    eta += scaled[j] * row[j];
                }

                lp[i] = eta;
                blockMax = Math.Max(blockMax, eta);
            }

            max[b] = blockMax;
        });

        return (lp, blocks == 1 ? max[0] : Math.Max(max[0], max[1])); // Math.Max passes a NaN on, as one loop would
    }

    /// <summary>exp of each linear predictor: the risk scores (only the robust variance needs them).</summary>
    private static double[] RiskScores(double[] lp)
    {
        var risk = Memory.LargeArrays.AllocateUninitialized<double>(lp.Length);
        for (var i = 0; i < lp.Length; i++)
        {
            risk[i] = Math.Exp(lp[i]);
        }

        return risk;
    }

    /// <summary>R's check after the iterations (<see cref="MonotoneLikelihood"/>) on every coefficient, with its warnings.</summary>
    private static bool[] InfiniteCheck(CoxOptions options, CoxIterationResult result, bool[] estimable, string[] names, double maxLp, List<string> warnings)
    {
        var p = names.Length;
        var flagged = new bool[p];
        var anyNotFinite = false;
        for (var j = 0; j < p; j++)
        {
            var step = MonotoneLikelihood.NextStep(result.Score, result.Variance, j);
            anyNotFinite |= !double.IsFinite(step);
            flagged[j] = estimable[j] && MonotoneLikelihood.Flags(step, result.Score[j], result.Coefficients[j], options);
        }

        if (options.MaxIterations <= 1)
        {
            return new bool[p];
        }

        if (!result.Converged)
        {
            warnings.Add(Invariant($"Ran out of iterations ({options.MaxIterations}) and did not converge."));
            if (maxLp > 500 || anyNotFinite)
            {
                warnings.Add("One or more coefficients may be infinite.");
            }
        }
        else if (flagged.Any(f => f))
        {
            var which = Enumerable.Range(0, p).Where(j => flagged[j]).ToArray();
            warnings.Add("Loglik converged before variable " + string.Join(",", which.Select(j => Invariant($"{j + 1} ({names[j]})")))
                + "; coefficient may be infinite (monotone likelihood: the hazard ratio and its interval are not finite estimates; consider the Firth-penalized model).");
        }

        return flagged;
    }

    private static ChiSquareTest Quadratic(double[] variance, int p, double[] coef, int[] columns, double toler)
    {
        var (stat, df) = CholeskySolver.QuadraticForm(variance, p, coef, columns, toler);
        return ChiSquareTest.Of(stat, df);
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
