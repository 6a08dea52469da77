using System.Text.Json.Nodes;
using SmnpcRepro.Survival.Cox;
using SmnpcRepro.Survival.Cox.Design;
using SmnpcRepro.Survival.Cox.Firth;
using SmnpcRepro.Survival.Tests.Fixtures;

namespace SmnpcRepro.Survival.Tests.Cox;

/// <summary>
/// Firth-penalized Cox against <c>small-sample/expected/firth_lung.json</c>: R 4.2.2, coxphf 1.13.1,
/// <c>coxphf(Surv(time, event) ~ age + sex + ph.ecog, data = d)</c> (and <c>pl = FALSE</c>,
/// <c>coxphftest</c>) on the 227 complete lung cases. The engine repeats coxphf's iterations, so estimates,
/// SEs, log-likelihoods and tests agree to 1e-10 relative; profile limits (found by an iteration stopped at
/// |Δpl| ≤ 1e-6) to 1e-9. The fixture's <c>independent_check</c> shows coxphf's own numerical error is
/// larger than that (e.g. 7.9e-9 absolute on the age coefficient), so matching it this closely proves the
/// algorithm is the same, and the check values are met to coxphf's accuracy.
/// </summary>
public sealed class FirthReferenceTests
{
    private const double Tolerance = 1e-10;
    private const double ProfileTolerance = 1e-9;
    private static readonly string[] Terms = ["age", "sex", "ph.ecog"];

    private static readonly Lazy<JsonNode> Json = new(() => ReferenceFixture.Json("small-sample/expected/firth_lung.json"));

    private static CoxData Data() => BaselineAndZphReferenceTests.LungCompleteCases(FixtureTable.Load("small-sample/datasets/lung_cc.csv"));

    private static double[] ByTerm(JsonNode? node) => Terms.Select(t => CoxReferenceTests.Num(node![t])).ToArray();

    [Fact]
    public void Penalized_estimates_standard_errors_and_likelihoods_match_coxphf()
    {
        var e = Json.Value["firth"]!;
        var fit = FirthCoxModel.Fit(Data());
        Assert.Equal(227, fit.RowCount);
        Assert.Equal(164, fit.EventCount);
        Assert.True(fit.Converged);
        Assert.Empty(fit.Warnings);
        AssertClose.Relative(ByTerm(e["coef"]), fit.Coefficients.Select(c => c.Coefficient).ToArray(), Tolerance, "coef");
        AssertClose.Relative(ByTerm(e["exp_coef"]), fit.Coefficients.Select(c => c.HazardRatio).ToArray(), Tolerance, "exp(coef)");
        AssertClose.Relative(ByTerm(e["se"]), fit.Coefficients.Select(c => c.StandardError).ToArray(), Tolerance, "se");
        var variance = e["var"]!.AsArray();
        for (var i = 0; i < 3; i++)
        {
            AssertClose.Relative(ReferenceFixture.Numbers(variance[i]), fit.Variance.ToRows()[i], Tolerance, "var row " + i);
        }

        var coxphfScale = e["loglik_penalized_coxphf"]!;
        AssertClose.Relative(CoxReferenceTests.Num(coxphfScale["null"]), fit.PenalizedLogLikelihoodNull, 1e-12, "pl null");
        AssertClose.Relative(CoxReferenceTests.Num(coxphfScale["fitted"]), fit.PenalizedLogLikelihoodFinal, 1e-12, "pl fitted");
        var original = e["loglik_penalized_original_scale"]!;
        AssertClose.Relative(CoxReferenceTests.Num(original["fitted"]), fit.PenalizedLogLikelihoodFinal + fit.OriginalScaleShift, 1e-12, "pl original scale");
        AssertClose.Relative(ByTerm(e["sd_of_covariates"]), fit.StandardDeviations, 1e-14, "sd");
        AssertTest(e["penalized_lrt"]!, fit.LikelihoodRatioTest, "penalized LRT");
        AssertTest(e["wald_test"]!, fit.WaldTest, "Wald");
    }

    [Fact]
    public void Profile_penalized_likelihood_intervals_and_tests_match_coxphf()
    {
        var e = Json.Value["firth"]!["profile"]!;
        var fit = FirthCoxModel.Fit(Data());
        Assert.Equal("Profile Likelihood", fit.IntervalMethod);
        AssertClose.Relative(ByTerm(e["lower_hr"]), fit.Coefficients.Select(c => c.ConfidenceInterval.Lower).ToArray(), ProfileTolerance, "lower");
        AssertClose.Relative(ByTerm(e["upper_hr"]), fit.Coefficients.Select(c => c.ConfidenceInterval.Upper).ToArray(), ProfileTolerance, "upper");
        AssertClose.Relative(ByTerm(e["chisq"]), fit.Coefficients.Select(c => c.ChiSquare).ToArray(), Tolerance, "penalized LR chisq");
        AssertClose.Relative(ByTerm(e["p"]), fit.Coefficients.Select(c => c.P).ToArray(), Tolerance, "penalized LR p");

        // The exact limits (firth_check.R, uniroot to 1e-12) are met to coxphf's own stopping accuracy.
        var check = Json.Value["independent_check"]!;
        AssertClose.Relative(ByTerm(check["profile_lower_coef"]), fit.Coefficients.Select(c => Math.Log(c.ConfidenceInterval.Lower)).ToArray(), 1e-5, "exact lower");
        AssertClose.Relative(ByTerm(check["profile_upper_coef"]), fit.Coefficients.Select(c => Math.Log(c.ConfidenceInterval.Upper)).ToArray(), 1e-5, "exact upper");
    }

    [Fact]
    public void Wald_intervals_match_coxphf_with_pl_false()
    {
        var e = Json.Value["firth"]!["wald"]!;
        var fit = FirthCoxModel.Fit(Data(), new FirthOptions { ProfileLikelihood = false });
        Assert.Equal("Wald", fit.IntervalMethod);
        AssertClose.Relative(ByTerm(e["lower_hr"]), fit.Coefficients.Select(c => c.ConfidenceInterval.Lower).ToArray(), Tolerance, "lower");
        AssertClose.Relative(ByTerm(e["upper_hr"]), fit.Coefficients.Select(c => c.ConfidenceInterval.Upper).ToArray(), Tolerance, "upper");
        AssertClose.Relative(ByTerm(e["chisq"]), fit.Coefficients.Select(c => c.ChiSquare).ToArray(), Tolerance, "chisq");
        AssertClose.Relative(ByTerm(e["p"]), fit.Coefficients.Select(c => c.P).ToArray(), Tolerance, "p");
    }

    [Fact]
    public void Penalized_likelihood_ratio_tests_of_several_terms_match_coxphftest()
    {
        var fit = FirthCoxModel.Fit(Data());
        foreach (var e in Json.Value["firth"]!["coxphftest"]!.AsArray())
        {
            var names = ((string)e!["test"]!).Split('+', StringSplitOptions.TrimEntries);
            var test = FirthCoxModel.TestTerms(fit, names);
            Assert.True(test.Converged);
            Assert.Equal((int)e["df"]!, test.Test.DegreesOfFreedom);
            AssertClose.Relative(CoxReferenceTests.Num(e["loglik_restricted"]), test.LogLikelihoodRestricted, 1e-12, "restricted pl");
            AssertClose.Relative(CoxReferenceTests.Num(e["chisq"]), test.Test.Statistic, Tolerance, "chisq");
            AssertClose.Relative(CoxReferenceTests.Num(e["p_upper_tail"]), test.Test.P, Tolerance, "p");
        }
    }

    [Fact]
    public void Unpenalized_Breslow_fit_on_the_same_data_matches_coxph()
    {
        // firth_lung.json coxph_breslow: coxph(Surv(time, event) ~ age + sex + ph.ecog, d, ties = "breslow").
        var e = Json.Value["coxph_breslow"]!;
        var fit = CoxModel.Fit(Data(), new CoxOptions { Ties = TieMethod.Breslow });
        AssertClose.Relative(ByTerm(e["coef"]), fit.Coefficients.Select(c => c.Coefficient).ToArray(), 1e-10, "coef");
        AssertClose.Relative(ByTerm(e["se"]), fit.Coefficients.Select(c => c.StandardError).ToArray(), 1e-10, "se");
        AssertClose.Relative(CoxReferenceTests.Num(e["loglik_final"]), fit.LogLikelihoodFinal, 1e-12, "loglik");
    }

    [Fact]
    public void Firth_stays_finite_where_the_ordinary_fit_diverges()
    {
        // monotone30.csv (cox-extra): coxph says the x coefficient may be infinite; the penalized fit converges
        // to a finite estimate with finite profile limits (the upper one large). No coxphf reference exists for
        // these data (coxphf is not installed), so the properties are checked, not numbers.
        var table = FixtureTable.Load("cox-extra/monotone30.csv");
        var data = new CoxData(table.Numbers("time"), table.Numbers("event"),
            [CovariateSpec.Numeric("x", table.Numbers("x")), CovariateSpec.Numeric("z", table.Numbers("z"))]);
        Assert.True(CoxModel.Fit(data).Coefficients[0].MayBeInfinite);
        var firth = FirthCoxModel.Fit(data);
        Assert.True(firth.Converged);
        var x = firth.Coefficients[0];
        Assert.True(double.IsFinite(x.Coefficient) && x.Coefficient > 1 && x.Coefficient < 10);
        Assert.True(double.IsFinite(x.ConfidenceInterval.Lower) && x.ConfidenceInterval.Lower > 1);
        Assert.True(double.IsFinite(x.ConfidenceInterval.Upper) && x.ConfidenceInterval.Upper > x.HazardRatio);
        Assert.True(x.P < 0.05);
    }

    private static void AssertTest(JsonNode e, ChiSquareTest actual, string what)
    {
        AssertClose.Relative(CoxReferenceTests.Num(e["chisq"]), actual.Statistic, Tolerance, what);
        Assert.Equal((int)e["df"]!, actual.DegreesOfFreedom);
        AssertClose.Relative(CoxReferenceTests.Num(e["p"]), actual.P, Tolerance, what + " p");
    }
}
