using SmnpcRepro.Survival.Cox;
using SmnpcRepro.Survival.Cox.Design;
using SmnpcRepro.Survival.Tests.Fixtures;

namespace SmnpcRepro.Survival.Tests.Cox;

/// <summary>
/// The allocation-free path — <see cref="RowPartialLikelihood"/> over caller-owned rows, fitted by
/// <see cref="CoxNewtonRaphson.Fit"/> in a reused <see cref="CoxWorkspace"/> — against <see cref="CoxModel.Fit"/>
/// (the engine, itself checked against R in <see cref="CoxReferenceTests"/> and <see cref="CoxExtraReferenceTests"/>).
/// The two run the same driver; the engine also scales its covariates, which Newton's method does not see, so
/// they agree up to rounding: 1e-10 relative (looser where stated, with the reason).
/// </summary>
public sealed class CoxWorkspaceTests
{
    private const double Tolerance = 1e-10;

    [Theory]
    [InlineData(TieMethod.Breslow)]
    [InlineData(TieMethod.Efron)]
    public void Tied_seven_row_example_agrees_with_the_engine_and_the_closed_forms(TieMethod ties)
    {
        // Therneau & Grambsch (2000), appendix E.1 (tg7.csv, the row with no status dropped): Breslow
        // β̂ = log(1.5 + √33/2) = 1.4752849148…, Efron β̂ = 1.6768574856….
        var table = FixtureTable.Load("cox-extra/tg7.csv");
        var (engine, lean, workspace) = FitBoth(table.Numbers("time"), table.Numbers("status"), [table.Numbers("x")], ties);
        AssertAgree(engine, lean, workspace, Tolerance);
        var closedForm = ties == TieMethod.Breslow ? Math.Log(1.5 + (Math.Sqrt(33) / 2)) : 1.6768574856;
        AssertClose.Relative(closedForm, workspace.Coefficients[0], ties == TieMethod.Breslow ? 1e-12 : 1e-10, "β̂");
    }

    [Theory]
    [InlineData(TieMethod.Breslow)]
    [InlineData(TieMethod.Efron)]
    public void Three_covariates_of_the_lung_data_agree_with_the_engine(TieMethod ties)
    {
        // R's lung data (228 rows, tied times): age, sex and ph.karno, rows with a missing value dropped.
        var table = FixtureTable.Load("r-survival/datasets/lung.csv");
        var (engine, lean, workspace) = FitBoth(table.Numbers("time"), table.Numbers("event"), [table.Numbers("age"), table.Numbers("sex"), table.Numbers("ph.karno")], ties);
        Assert.Equal(3, workspace.Parameters);
        Assert.True(workspace.Converged);
        AssertAgree(engine, lean, workspace, Tolerance);
    }

    [Theory]
    [InlineData(TieMethod.Breslow)]
    [InlineData(TieMethod.Efron)]
    public void Monotone_likelihood_is_flagged_as_the_engine_flags_it(TieMethod ties)
    {
        // monotone30.csv: no deaths with x = 0, so β̂ₓ runs off (R: 22.46, "coefficient may be infinite").
        var table = FixtureTable.Load("cox-extra/monotone30.csv");
        var (engine, lean, workspace) = FitBoth(table.Numbers("time"), table.Numbers("event"), [table.Numbers("x"), table.Numbers("z")], ties);
        Assert.True(workspace.Converged);
        Assert.Equal(engine.Iterations, workspace.Iterations);
        Assert.True(workspace.MayBeInfinite(0, lean));
        Assert.False(workspace.MayBeInfinite(1, lean));
        Assert.Equal(engine.Coefficients.Select(c => c.MayBeInfinite), [workspace.MayBeInfinite(0, lean), workspace.MayBeInfinite(1, lean)]);

        // The finite coefficient and the log-likelihood to 1e-10; the runaway β̂ₓ to 1e-8 (as the engine
        // against R): its last steps divide a score of ~1e-8 by an information that has underflowed to ~1e-8.
        AssertClose.Relative(engine.Coefficients[1].Coefficient, workspace.Coefficients[1], Tolerance, "β̂ z");
        AssertClose.Relative(engine.LogLikelihoodFinal, workspace.LogLikelihood, Tolerance, "loglik");
        AssertClose.Relative(engine.Coefficients[0].Coefficient, workspace.Coefficients[0], 1e-8, "β̂ x");
    }

    [Fact]
    public void A_collinear_column_is_redundant_under_the_rank_tolerance_as_in_the_engine()
    {
        // z = 2x exactly: the generalized Cholesky (R's cholesky2, toler.chol = eps^0.75) finds rank 1, so
        // the second coefficient is not estimable (R: NA) and the first is fitted alone.
        var table = FixtureTable.Load("r-survival/datasets/lung.csv");
        var age = table.Numbers("age");
        var twice = age.Select(a => 2 * a).ToArray();
        var (engine, lean, workspace) = FitBoth(table.Numbers("time"), table.Numbers("event"), [age, twice], TieMethod.Efron);
        Assert.Equal(1, workspace.Flag);
        Assert.True(workspace.IsEstimable(0));
        Assert.False(workspace.IsEstimable(1));
        Assert.Equal(engine.Coefficients.Select(c => c.IsEstimable), [workspace.IsEstimable(0), workspace.IsEstimable(1)]);
        AssertClose.Relative(engine.Coefficients[0].Coefficient, workspace.Coefficients[0], Tolerance, "β̂ age");
        Assert.Equal(0, workspace.Variance[3]);

        // A pivot below toler.chol × the largest diagonal is what decides: with a tolerance of 1 every
        // column but the first is declared redundant.
        var (_, _, strict) = FitBoth(table.Numbers("time"), table.Numbers("event"), [age, table.Numbers("sex")], TieMethod.Efron, lean with { CholeskyTolerance = 0.999999 });
        Assert.True(strict.Flag < 2);
    }

    [Fact]
    public void Under_the_failing_policy_a_singular_information_fails_the_whole_fit()
    {
        var table = FixtureTable.Load("r-survival/datasets/lung.csv");
        var age = table.Numbers("age");
        var likelihood = Load(table.Numbers("time"), table.Numbers("event"), [age, age.Select(a => 2 * a).ToArray()], TieMethod.Breslow);
        var workspace = new CoxWorkspace(2);
        Assert.False(CoxNewtonRaphson.Fit(likelihood, CoxOptions.Default, workspace, SingularInformation.FailsTheFit));
        Assert.True(workspace.Flag < 2);
        Assert.All(workspace.Coefficients.ToArray(), c => Assert.True(double.IsNaN(c)));
        Assert.All(workspace.Variance.ToArray(), v => Assert.True(double.IsNaN(v)));

        // The same workspace then fits a full-rank model as if new.
        var full = Load(table.Numbers("time"), table.Numbers("event"), [age, table.Numbers("sex")], TieMethod.Breslow);
        Assert.True(CoxNewtonRaphson.Fit(full, CoxOptions.Default, workspace, SingularInformation.FailsTheFit));
        var (engine, options, fresh) = FitBoth(table.Numbers("time"), table.Numbers("event"), [age, table.Numbers("sex")], TieMethod.Breslow);
        AssertAgree(engine, options, workspace, Tolerance);
        Assert.Equal(fresh.Coefficients.ToArray(), workspace.Coefficients.ToArray());
    }

    [Fact]
    public void The_iteration_cap_and_the_convergence_tolerance_are_read_from_the_options()
    {
        var table = FixtureTable.Load("r-survival/datasets/lung.csv");
        double[] time = table.Numbers("time"), status = table.Numbers("event");
        double[][] x = [table.Numbers("age"), table.Numbers("sex")];
        var (_, _, full) = FitBoth(time, status, x, TieMethod.Efron);
        Assert.True(full.Converged);
        Assert.True(full.Iterations > 1);

        var (engine, options, capped) = FitBoth(time, status, x, TieMethod.Efron, new CoxOptions { Ties = TieMethod.Efron, MaxIterations = 1 });
        Assert.False(capped.Converged);
        Assert.Equal(CoxNewtonRaphson.NotConvergedFlag, capped.Flag);
        Assert.Equal(engine.Iterations, capped.Iterations);
        AssertAgree(engine, options, capped, Tolerance);

        var (_, _, loose) = FitBoth(time, status, x, TieMethod.Efron, new CoxOptions { Ties = TieMethod.Efron, ConvergenceTolerance = 1e-3 });
        Assert.True(loose.Iterations < full.Iterations);
    }

    [Fact]
    public void A_workspace_too_small_for_the_likelihood_is_refused()
    {
        var likelihood = new RowPartialLikelihood(4, 2);
        likelihood.Reset(0, 2, TieMethod.Breslow);
        Assert.Throws<ArgumentException>(() => CoxNewtonRaphson.Fit(likelihood, CoxOptions.Default, new CoxWorkspace(1)));
        Assert.Throws<ArgumentException>(() => likelihood.Reset(5, 2, TieMethod.Breslow));
    }

    /// <summary>The engine's fit and the lean one of the complete rows, the covariates given as columns.</summary>
    private static (CoxFit Engine, CoxOptions Options, CoxWorkspace Lean) FitBoth(double[] time, double[] status, double[][] columns, TieMethod ties, CoxOptions? options = null)
    {
        options ??= new CoxOptions { Ties = ties };
        var engine = CoxModel.Fit(new CoxData(time, status, columns.Select((c, j) => CovariateSpec.Numeric("x" + (j + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), c)).ToArray()), options);

        var likelihood = Load(time, status, columns, ties);
        var workspace = new CoxWorkspace(columns.Length);
        CoxNewtonRaphson.Fit(likelihood, options, workspace);
        return (engine, options, workspace);
    }

    /// <summary>The complete rows into a <see cref="RowPartialLikelihood"/>, by descending time.</summary>
    private static RowPartialLikelihood Load(double[] time, double[] status, double[][] columns, TieMethod ties)
    {
        var rows = Enumerable.Range(0, time.Length)
            .Where(i => double.IsFinite(time[i]) && !double.IsNaN(status[i]) && columns.All(c => !double.IsNaN(c[i])))
            .OrderByDescending(i => time[i])
            .ToArray();
        var p = columns.Length;
        var likelihood = new RowPartialLikelihood(rows.Length, p);
        likelihood.Reset(rows.Length, p, ties);
        var x = likelihood.Covariates;
        for (var r = 0; r < rows.Length; r++)
        {
            if (r == 0 || time[rows[r]] != time[rows[r - 1]])
            {
                likelihood.StartBlock(r);
            }

            likelihood.SetDeath(r, status[rows[r]] == 1);
            for (var j = 0; j < p; j++)
            {
                x[(r * p) + j] = columns[j][rows[r]];
            }
        }

        likelihood.Complete();
        return likelihood;
    }

    private static void AssertAgree(CoxFit engine, CoxOptions options, CoxWorkspace lean, double tolerance)
    {
        var p = lean.Parameters;
        Assert.Equal(engine.Converged, lean.Converged);
        AssertClose.Relative(engine.LogLikelihoodNull, lean.LogLikelihoodNull, tolerance, "loglik(0)");
        AssertClose.Relative(engine.LogLikelihoodFinal, lean.LogLikelihood, tolerance, "loglik");
        AssertClose.Relative(engine.ScoreTest.Statistic, lean.ScoreTest, tolerance, "score test");
        for (var j = 0; j < p; j++)
        {
            var c = engine.Coefficients[j];
            Assert.Equal(c.IsEstimable, lean.IsEstimable(j));
            Assert.Equal(c.MayBeInfinite, lean.MayBeInfinite(j, options));
            AssertClose.Relative(c.Coefficient, lean.Coefficients[j], tolerance, "β̂");
            AssertClose.Relative(c.StandardError, Math.Sqrt(lean.Variance[(j * p) + j]), tolerance, "se");
        }
    }
}
