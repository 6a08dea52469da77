using System.Globalization;
using SmnpcRepro.Survival.Cox.Design;

namespace SmnpcRepro.Survival.Cox.Firth;

/// <summary>
/// Firth-penalized Cox regression (Heinze &amp; Schemper 2001) equal to R's <c>coxphf</c> 1.13.1: maximizes
/// log L(β) + ½ log det I(β) (Breslow ties, always), which stays finite under monotone likelihood, with
/// profile penalized-likelihood intervals and penalized likelihood-ratio tests. Follows coxphf's algorithm
/// step for step (covariates divided by their SD, capped Newton steps with the unpenalized information,
/// coxphf's convergence rule), so its estimates are reproduced to rounding, not just to its tolerance.
/// </summary>
public static class FirthCoxModel
{
    /// <summary>Fits the penalized model. Rows with a missing value are dropped.</summary>
    /// <exception cref="ArgumentException">
    /// Invalid options, strata or clusters (coxphf has neither), a constant covariate, no events, or a design problem.
    /// </exception>
    public static FirthCoxFit Fit(CoxData data, FirthOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        options ??= FirthOptions.Default;
        options.Validate();
        if (data.Strata is not null || data.Cluster is not null)
        {
            throw new ArgumentException("The Firth-penalized Cox model (coxphf) has no strata or clusters.");
        }

        var rows = CoxModel.CompleteRows(data, out var dropped);
        if (rows.Length == 0)
        {
            throw new ArgumentException("No row has a value for every model variable: nothing to fit.");
        }

        var design = DesignMatrix.Build(data.Covariates, rows);
        var n = rows.Length;
        var p = design.ColumnCount;
        var order = Enumerable.Range(0, n).OrderBy(i => data.Time[rows[i]]).ThenBy(i => i).ToArray();
        var time = new double[n];
        var status = new byte[n];
        var events = 0;
        for (var i = 0; i < n; i++)
        {
            time[i] = data.Time[rows[order[i]]];
            status[i] = (byte)data.Status[rows[order[i]]];
            events += status[i];
        }

        if (events == 0)
        {
            throw new ArgumentException(Invariant($"No events among the {n} analysed rows: a Cox model cannot be fitted."));
        }

        var sd = new double[p];
        var x = new double[n * p];
        for (var j = 0; j < p; j++)
        {
            var column = design.Column(j);
            var mean = 0.0;
            foreach (var v in column)
            {
                mean += v;
            }

            mean /= n;
            var ss = 0.0;
            foreach (var v in column)
            {
                ss += (v - mean) * (v - mean);
            }

            sd[j] = Math.Sqrt(ss / (n - 1));
            if (!(sd[j] > 0))
            {
                throw new ArgumentException($"Covariate column '{design.Columns[j].Name}' is constant in the analysed rows; the Firth model (as coxphf) cannot standardize it.");
            }

            for (var i = 0; i < n; i++)
            {
                x[(i * p) + j] = (column[order[i]] - mean) / sd[j];
            }
        }

        var kernel = new FirthKernel(time, status, x, p, options.Penalty);
        var fit = FirthIteration.Run(kernel, options, new bool[p], new double[p]);
        var warnings = new List<string>();
        if (!fit.Converged)
        {
            warnings.Add(Invariant($"Convergence for parameter estimation not attained in {options.MaxIterations} iterations."));
        }

        if (fit.NumericalProblem)
        {
            warnings.Add("Numerical problem in parameter estimation (singular information); check convergence.");
        }

        var standardizedVariance = (double[])fit.Information.Clone();
        if (!SymmetricInverse.TryInvert(standardizedVariance, p, out _))
        {
            Array.Fill(standardizedVariance, double.NaN);
            warnings.Add("The information matrix at the estimate is singular: no standard errors.");
        }

        var coef = new double[p];
        var variance = new double[p * p];
        for (var i = 0; i < p; i++)
        {
            coef[i] = fit.Beta[i] / sd[i];
            for (var j = 0; j < p; j++)
            {
                variance[(i * p) + j] = standardizedVariance[(i * p) + j] / (sd[i] * sd[j]);
            }
        }

        var names = design.Columns.Select(c => c.Name).ToArray();
        var z = Distributions.TwoSidedQuantile(options.ConfidenceLevel);
        var coefficients = new FirthCoefficient[p];
        var profileFailed = false;
        for (var k = 0; k < p; k++)
        {
            var se = Math.Sqrt(variance[(k * p) + k]);
            double lower, upper, chi;
            if (options.ProfileLikelihood)
            {
                var limits = FirthProfile.Limits(kernel, options, fit.Beta, fit.LogLikelihood, z * z, k);
                lower = Math.Exp(limits.Lower / sd[k]);
                upper = Math.Exp(limits.Upper / sd[k]);
                var mask = new bool[p];
                mask[k] = true;
                var restricted = FirthIteration.Run(kernel, options, mask, new double[p]);
                chi = restricted.Iterations >= options.MaxIterations ? double.NaN : 2 * (fit.LogLikelihood - restricted.LogLikelihood);
                profileFailed |= double.IsNaN(lower) || double.IsNaN(upper) || double.IsNaN(chi);
            }
            else
            {
                lower = Math.Exp(coef[k] - (z * se));
                upper = Math.Exp(coef[k] + (z * se));
                chi = coef[k] / se * (coef[k] / se);
            }

            var term = design.Terms[design.Columns[k].Term].Name;
            coefficients[k] = new FirthCoefficient(names[k], term, coef[k], se, Math.Exp(coef[k]),
                new ConfidenceInterval(lower, upper, options.ConfidenceLevel), chi, Distributions.ChiSquareUpperTail(chi, 1));
        }

        if (profileFailed)
        {
            warnings.Add("Convergence in estimating profile likelihood CI or p-values not attained for all variables (reported as NaN); consider a smaller maximum step and more iterations.");
        }

        var (wald, _) = CholeskySolver.QuadraticForm(variance, p, coef, 0);
        return new FirthCoxFit
        {
            RowCount = n,
            EventCount = events,
            DroppedRows = dropped,
            Design = design,
            IntervalMethod = options.ProfileLikelihood ? "Profile Likelihood" : "Wald",
            Coefficients = coefficients,
            Variance = new CovarianceMatrix(names, variance),
            PenalizedLogLikelihoodNull = fit.LogLikelihoodStart,
            PenalizedLogLikelihoodFinal = fit.LogLikelihood,
            OriginalScaleShift = options.Penalty * 2 * sd.Sum(Math.Log),
            LikelihoodRatioTest = ChiSquareTest.Of(2 * (fit.LogLikelihood - fit.LogLikelihoodStart), p),
            WaldTest = ChiSquareTest.Of(wald, p),
            Iterations = fit.Iterations,
            Converged = fit.Converged,
            Warnings = warnings,
            EventsPerVariable = (double)events / p,
            StandardDeviations = sd,
            Kernel = kernel,
            Options = options,
            StandardizedEstimate = fit.Beta,
        };
    }

    /// <summary>
    /// Penalized likelihood-ratio test that the named coefficients (or all coefficients of the named terms)
    /// are 0, as R's <c>coxphftest(test = ~ ...)</c>.
    /// </summary>
    /// <exception cref="ArgumentException">A name is neither a coefficient nor a term of the fit.</exception>
    public static FirthTermTest TestTerms(FirthCoxFit fit, params string[] names)
    {
        ArgumentNullException.ThrowIfNull(fit);
        ArgumentNullException.ThrowIfNull(names);
        var p = fit.Coefficients.Count;
        var mask = new bool[p];
        foreach (var name in names)
        {
            var matched = false;
            for (var j = 0; j < p; j++)
            {
                if (fit.Coefficients[j].Name == name || fit.Coefficients[j].Term == name)
                {
                    mask[j] = true;
                    matched = true;
                }
            }

            if (!matched)
            {
                throw new ArgumentException($"'{name}' is not a coefficient or term of the model.", nameof(names));
            }
        }

        var restricted = FirthIteration.Run(fit.Kernel, fit.Options, mask, new double[p]);
        var df = mask.Count(m => m);
        var chi = 2 * (fit.PenalizedLogLikelihoodFinal - restricted.LogLikelihood);
        var columns = Enumerable.Range(0, p).Where(j => mask[j]).Select(j => fit.Coefficients[j].Name).ToArray();
        return new FirthTermTest(columns, restricted.LogLikelihood, fit.PenalizedLogLikelihoodFinal, ChiSquareTest.Of(chi, df), restricted.Converged);
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
