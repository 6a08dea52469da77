using System.Text.Json.Nodes;
using SmnpcRepro.Survival.Cox;
using SmnpcRepro.Survival.Cox.Design;
using SmnpcRepro.Survival.Tests.Fixtures;

namespace SmnpcRepro.Survival.Tests.Cox;

/// <summary>
/// Fits from <c>Fixtures/cox-extra/cox-extra.json</c>, made by <c>make-cox-extra.R</c> beside it (R 4.2.2,
/// survival 3.5-3; each fit's R call is in the JSON): Therneau &amp; Grambsch's 7-row example, monotone
/// likelihood, strata, clusters, a chosen reference level, a 0/1 numeric covariate, non-convergence and a
/// collinear design. Tolerance 1e-10 relative unless stated.
/// </summary>
public sealed class CoxExtraReferenceTests
{
    private const double Tolerance = 1e-10;

    private static readonly Lazy<JsonNode> Extra = new(() => ReferenceFixture.Json("cox-extra/cox-extra.json"));

    private static JsonNode Expected(string id) => Extra.Value["fits"]!.AsArray().Single(f => (string?)f!["id"] == id)!;

    private static TieMethod Ties(string ties) => ties == "efron" ? TieMethod.Efron : TieMethod.Breslow;

    [Fact]
    public void Breslow_estimate_of_the_seven_row_example_is_the_closed_form()
    {
        // Therneau & Grambsch (2000), appendix E.1: with Breslow ties the score is
        // (6 + 3r - r^2) / ((r + 1)(r + 3)), r = exp(beta), so beta = log(1.5 + sqrt(33)/2).
        var fit = CoxModel.Fit(SevenRows(), new CoxOptions { Ties = TieMethod.Breslow });
        AssertClose.Relative(Math.Log(1.5 + (Math.Sqrt(33) / 2)), fit.Coefficients[0].Coefficient, 1e-12, "beta");
        Assert.Equal(6, fit.RowCount);
        Assert.Equal([1], fit.DroppedRows);

        // Loglik at 0 is 2*0 - (log 6 + 2 log 4) (same source).
        AssertClose.Relative(-(Math.Log(6) + (2 * Math.Log(4))), fit.LogLikelihoodNull, 1e-14, "loglik(0)");
        AssertAgainstR(Expected("tg7_breslow"), fit);
    }

    [Fact]
    public void Efron_estimate_of_the_seven_row_example_is_the_published_value()
    {
        // Therneau & Grambsch (2000), appendix E.1: Efron beta = 1.6768574856 (10 decimals).
        var fit = CoxModel.Fit(SevenRows(), new CoxOptions { Ties = TieMethod.Efron });
        Assert.Equal(1.6768574856, fit.Coefficients[0].Coefficient, 10);
        AssertAgainstR(Expected("tg7_efron"), fit);
    }

    [Theory]
    [InlineData("efron")]
    [InlineData("breslow")]
    public void Monotone_likelihood_is_reported_on_the_term(string ties)
    {
        // R warns "Loglik converged before variable 1 ; coefficient may be infinite." and prints beta = 22.46.
        var table = FixtureTable.Load("cox-extra/monotone30.csv");
        var data = new CoxData(table.Numbers("time"), table.Numbers("event"),
            [CovariateSpec.Numeric("x", table.Numbers("x")), CovariateSpec.Numeric("z", table.Numbers("z"))]);
        var fit = CoxModel.Fit(data, new CoxOptions { Ties = Ties(ties) });
        var expected = Expected("monotone_" + ties);
        Assert.Contains("Loglik converged before variable", (string)expected["warnings"]![0]!, StringComparison.Ordinal);
        Assert.True(fit.Converged);
        Assert.True(fit.Coefficients[0].MayBeInfinite);
        Assert.False(fit.Coefficients[1].MayBeInfinite);
        var warning = Assert.Single(fit.Warnings);
        Assert.Contains("Loglik converged before variable 1 (x); coefficient may be infinite", warning, StringComparison.Ordinal);

        // The finite numbers R prints at its stopping point (beta = 22.46, se = 1.1e4) are reproduced too,
        // looser for se: it is the inverse of an information that has underflowed to ~1e-8.
        AssertClose.Relative(CoxReferenceTests.Num(expected["coef"]![0]), fit.Coefficients[0].Coefficient, 1e-8, "beta x");
        AssertClose.Relative(CoxReferenceTests.Num(expected["coef"]![1]), fit.Coefficients[1].Coefficient, 1e-8, "beta z");
        AssertClose.Relative(CoxReferenceTests.Num(expected["se"]![0]), fit.Coefficients[0].StandardError, 1e-6, "se x");
        AssertClose.Relative(CoxReferenceTests.Num(expected["loglik"]![1]), fit.LogLikelihoodFinal, 1e-12, "loglik");
    }

    [Theory]
    [InlineData("efron")]
    [InlineData("breslow")]
    public void Stratified_fit_with_its_baselines_and_zph_matches_R(string ties)
    {
        var lung = Lung();
        var data = new CoxData(lung.Numbers("time"), lung.Numbers("event"),
            [CovariateSpec.Numeric("age", lung.Numbers("age")), CovariateSpec.Numeric("wt.loss", lung.Numbers("wt.loss"))])
        {
            Strata = GroupingColumn.FromValues("sex", lung.Text("sex")),
        };
        var fit = CoxModel.Fit(data, new CoxOptions { Ties = Ties(ties) });
        var expected = Expected("strata_" + ties);
        AssertAgainstR(expected, fit);
        Assert.Equal(["1", "2"], fit.Strata);

        var curves = BaselineSurvival.Compute(fit);
        Assert.Equal(2, curves.Count);
        var baseline = expected["baseline"]!;
        var sizes = baseline["strata"]!.AsObject().Select(kv => (int)kv.Value!).ToArray();
        Assert.Equal(sizes, curves.Select(c => c.Time.Count));
        var offset = 0;
        foreach (var curve in curves)
        {
            var part = Slice(baseline, offset, curve.Time.Count);
            BaselineAndZphReferenceTests.AssertCurve(part, curve);
            offset += curve.Time.Count;
        }

        var zph = ProportionalHazardsTest.Compute(fit);
        var table = expected["zph"]!;
        var chisq = ReferenceFixture.Numbers(table["chisq"]);
        var p = ReferenceFixture.Numbers(table["p"]);
        AssertClose.Relative(chisq[..^1], zph.Rows.Select(r => r.Test.Statistic).ToArray(), Tolerance, "zph chisq");
        AssertClose.Relative(p[..^1], zph.Rows.Select(r => r.Test.P).ToArray(), Tolerance, "zph p");
        AssertClose.Relative(chisq[^1], zph.Global.Statistic, Tolerance, "zph global");
    }

    [Theory]
    [InlineData("efron")]
    [InlineData("breslow")]
    public void Clustered_robust_variance_matches_R(string ties)
    {
        var lung = Lung();
        var data = new CoxData(lung.Numbers("time"), lung.Numbers("event"),
            [CovariateSpec.Numeric("age", lung.Numbers("age")), CovariateSpec.Numeric("sex", lung.Numbers("sex"))])
        {
            Cluster = GroupingColumn.FromNumbers("inst", lung.Numbers("inst")),
        };
        var fit = CoxModel.Fit(data, new CoxOptions { Ties = Ties(ties) });
        Assert.True(fit.IsRobust);
        AssertAgainstR(Expected("cluster_" + ties), fit);
    }

    [Theory]
    [InlineData("efron")]
    [InlineData("breslow")]
    public void Chosen_reference_level_matches_R_relevel(string ties)
    {
        // R: relevel(factor(ph.ecog), ref = "1") -> columns for levels 0, 2, 3.
        var lung = Lung();
        var data = new CoxData(lung.Numbers("time"), lung.Numbers("event"),
            [CovariateSpec.Numeric("age", lung.Numbers("age")), CovariateSpec.Factor("factor(ph.ecog)", lung.Text("ph.ecog"), reference: "1")]);
        var fit = CoxModel.Fit(data, new CoxOptions { Ties = Ties(ties) });
        Assert.Equal(["age", "factor(ph.ecog)0", "factor(ph.ecog)2", "factor(ph.ecog)3"], fit.Coefficients.Select(c => c.Name));
        AssertAgainstR(Expected("reference_" + ties), fit);
        Assert.Equal(3, fit.TermTests[1].Wald.DegreesOfFreedom);
    }

    [Theory]
    [InlineData("efron")]
    [InlineData("breslow")]
    public void Binary_numeric_covariate_is_not_centred_and_the_baseline_follows(string ties)
    {
        // R's nocenter = c(-1, 0, 1): a 0/1 column keeps mean 0, so survfit(fit) is at sex - 1 = 0.
        var lung = Lung();
        var sex01 = lung.Numbers("sex").Select(s => s - 1).ToArray();
        var data = new CoxData(lung.Numbers("time"), lung.Numbers("event"),
            [CovariateSpec.Numeric("age", lung.Numbers("age")), CovariateSpec.Numeric("I(sex - 1)", sex01)]);
        var fit = CoxModel.Fit(data, new CoxOptions { Ties = Ties(ties) });
        var expected = Expected("binary01_" + ties);
        AssertAgainstR(expected, fit);
        Assert.Equal(0.0, fit.Means[1]);
        BaselineAndZphReferenceTests.AssertCurve(expected["baseline"]!, Assert.Single(BaselineSurvival.Compute(fit)));
    }

    [Theory]
    [InlineData("efron")]
    [InlineData("breslow")]
    public void Non_convergence_is_reported_with_R_s_last_estimate(string ties)
    {
        // coxph(..., control = coxph.control(iter.max = 2)): "Ran out of iterations and did not converge".
        // R 3.5-3 then reports a variance with the off-diagonal set to 0 (it inverts only the diagonal);
        // this engine reports the full inverse instead, so only coefficients and log-likelihoods are compared.
        var lung = Lung();
        var data = new CoxData(lung.Numbers("time"), lung.Numbers("event"),
            [CovariateSpec.Numeric("age", lung.Numbers("age")), CovariateSpec.Numeric("sex", lung.Numbers("sex"))]);
        var fit = CoxModel.Fit(data, new CoxOptions { Ties = Ties(ties), MaxIterations = 2 });
        var expected = Expected("noconverge_" + ties);
        Assert.Equal("Ran out of iterations and did not converge", (string)expected["warnings"]![0]!);
        Assert.False(fit.Converged);
        Assert.Contains(fit.Warnings, w => w.StartsWith("Ran out of iterations", StringComparison.Ordinal));
        AssertClose.Relative(ReferenceFixture.Numbers(expected["coef"]), fit.Coefficients.Select(c => c.Coefficient).ToArray(), Tolerance, "coef");
        AssertClose.Relative(ReferenceFixture.Numbers(expected["loglik"]), [fit.LogLikelihoodNull, fit.LogLikelihoodFinal], Tolerance, "loglik");

        // R's var[i, i] there is 1 / I[i, i], I the information at the last estimate: check it through ours.
        var v = fit.Variance;
        var determinant = (v[0, 0] * v[1, 1]) - (v[0, 1] * v[1, 0]);
        var r = expected["var"]!.AsArray();
        AssertClose.Relative(CoxReferenceTests.Num(r[0]![0]), determinant / v[1, 1], 1e-9, "1 / I[0, 0]");
        AssertClose.Relative(CoxReferenceTests.Num(r[1]![1]), determinant / v[0, 0], 1e-9, "1 / I[1, 1]");
    }

    [Theory]
    [InlineData("efron")]
    [InlineData("breslow")]
    public void Collinear_column_is_not_estimable_as_in_R(string ties)
    {
        var lung = Lung();
        var age = lung.Numbers("age");
        var data = new CoxData(lung.Numbers("time"), lung.Numbers("event"),
            [CovariateSpec.Numeric("age", age), CovariateSpec.Numeric("I(2 * age)", age.Select(a => 2 * a).ToArray()), CovariateSpec.Numeric("sex", lung.Numbers("sex"))]);
        var fit = CoxModel.Fit(data, new CoxOptions { Ties = Ties(ties) });
        var expected = Expected("collinear_" + ties);
        Assert.False(fit.Coefficients[1].IsEstimable);
        Assert.True(double.IsNaN(fit.Coefficients[1].Coefficient));
        Assert.Contains(fit.Warnings, w => w.Contains("variable 2 (I(2 * age))", StringComparison.Ordinal));
        var coef = ReferenceFixture.Numbers(expected["coef"]);
        AssertClose.Relative(coef[0], fit.Coefficients[0].Coefficient, Tolerance, "age");
        AssertClose.Relative(coef[2], fit.Coefficients[2].Coefficient, Tolerance, "sex");
        Assert.Equal(2, fit.LikelihoodRatioTest.DegreesOfFreedom);
        AssertClose.Relative(ReferenceFixture.Numbers(expected["lrt"])[0], fit.LikelihoodRatioTest.Statistic, Tolerance, "LRT");
        AssertClose.Relative(CoxReferenceTests.Num(expected["wald"]), fit.WaldTest.Statistic, Tolerance, "Wald");
        AssertClose.Relative(CoxReferenceTests.Num(expected["score"]), fit.ScoreTest.Statistic, Tolerance, "score");
    }

    [Theory]
    [InlineData("lung_cox_ph.ecog_efron")]
    [InlineData("lung_cox_ph.ecog_breslow")]
    public void Ordinal_coding_is_one_hazard_ratio_per_step(string id)
    {
        // ph.ecog 0-3 as an ordinal factor (levels "0" < "1" < "2" < "3") is R's numeric ph.ecog term.
        var (expected, _) = CoxReferenceTests.Run("lung", id);
        var lung = Lung();
        var data = new CoxData(lung.Numbers("time"), lung.Numbers("event"), [CovariateSpec.Ordinal("ph.ecog", lung.Text("ph.ecog"))]);
        var fit = CoxModel.Fit(data, new CoxOptions { Ties = id.EndsWith("efron", StringComparison.Ordinal) ? TieMethod.Efron : TieMethod.Breslow });
        var e = expected["coefficients"]![0]!;
        AssertClose.Relative(CoxReferenceTests.Num(e["coef"]), fit.Coefficients[0].Coefficient, Tolerance, "coef");
        AssertClose.Relative(CoxReferenceTests.Num(e["se_coef"]), fit.Coefficients[0].StandardError, Tolerance, "se");
        AssertClose.Relative(CoxReferenceTests.Num(e["upper95"]), fit.Coefficients[0].ConfidenceInterval.Upper, Tolerance, "upper");
    }

    /// <summary>Compares a fit with a cox-extra entry (coef, se, z, p, CI, var, tests, loglik, means, concordance).</summary>
    private static void AssertAgainstR(JsonNode e, CoxFit fit)
    {
        Assert.Equal((int)e["n"]!, fit.RowCount);
        Assert.Equal((int)e["nevent"]!, fit.EventCount);
        Assert.Empty(fit.Warnings);
        AssertClose.Relative(ReferenceFixture.Numbers(e["coef"]), fit.Coefficients.Select(c => c.Coefficient).ToArray(), Tolerance, "coef");
        AssertClose.Relative(ReferenceFixture.Numbers(e["se"]), fit.Coefficients.Select(c => c.StandardError).ToArray(), Tolerance, "se");
        if (e["robust_se"] is { } robust)
        {
            AssertClose.Relative(ReferenceFixture.Numbers(robust), fit.Coefficients.Select(c => c.RobustStandardError!.Value).ToArray(), Tolerance, "robust se");
            var rs = ReferenceFixture.Numbers(e["robust_score"]);
            AssertClose.Relative(rs[0], fit.RobustScoreTest!.Statistic, Tolerance, "robust score");
            AssertClose.Relative(rs[2], fit.RobustScoreTest.P, Tolerance, "robust score p");
        }

        AssertClose.Relative(ReferenceFixture.Numbers(e["z"]), fit.Coefficients.Select(c => c.Z).ToArray(), Tolerance, "z");
        AssertClose.Relative(ReferenceFixture.Numbers(e["p"]), fit.Coefficients.Select(c => c.P).ToArray(), Tolerance, "p");
        AssertClose.Relative(ReferenceFixture.Numbers(e["lower95"]), fit.Coefficients.Select(c => c.ConfidenceInterval.Lower).ToArray(), Tolerance, "lower");
        AssertClose.Relative(ReferenceFixture.Numbers(e["upper95"]), fit.Coefficients.Select(c => c.ConfidenceInterval.Upper).ToArray(), Tolerance, "upper");
        var variance = e["var"]!.AsArray();
        for (var i = 0; i < variance.Count; i++)
        {
            AssertClose.Relative(ReferenceFixture.Numbers(variance[i]), fit.Variance.ToRows()[i], Tolerance, "var row " + i);
        }

        AssertClose.Relative(ReferenceFixture.Numbers(e["loglik"]), [fit.LogLikelihoodNull, fit.LogLikelihoodFinal], Tolerance, "loglik");
        var lrt = ReferenceFixture.Numbers(e["lrt"]);
        var score = ReferenceFixture.Numbers(e["score_test"]);
        AssertClose.Relative([lrt[0], lrt[2]], [fit.LikelihoodRatioTest.Statistic, fit.LikelihoodRatioTest.P], Tolerance, "LRT");

        // summary(fit)$waldtest is rounded to 2 decimals by R; fit$wald.test ("wald") is not.
        AssertClose.Relative(CoxReferenceTests.Num(e["wald"]), fit.WaldTest.Statistic, Tolerance, "Wald");
        AssertClose.Relative([score[0], score[2]], [fit.ScoreTest.Statistic, fit.ScoreTest.P], Tolerance, "score");
        AssertClose.Relative(ReferenceFixture.Numbers(e["means"]), fit.Means, Tolerance, "means");
        var c = e["concordance"]!;
        Assert.Equal(CoxReferenceTests.Num(c["concordant"]), fit.Concordance.Concordant);
        Assert.Equal(CoxReferenceTests.Num(c["discordant"]), fit.Concordance.Discordant);
        Assert.Equal(CoxReferenceTests.Num(c["tied.x"]), fit.Concordance.TiedRisk);
        Assert.Equal(CoxReferenceTests.Num(c["tied.y"]), fit.Concordance.TiedTime);
        Assert.Equal(CoxReferenceTests.Num(c["tied.xy"]), fit.Concordance.TiedBoth);
        AssertClose.Relative(CoxReferenceTests.Num(c["concordance"]), fit.Concordance.Concordance, 1e-12, "C");
        AssertClose.Relative(CoxReferenceTests.Num(c["std"]), fit.Concordance.StandardError, Tolerance, "se(C)");
    }

    private static JsonNode Slice(JsonNode curve, int offset, int count)
    {
        var part = new JsonObject();
        foreach (var key in new[] { "time", "n.risk", "n.event", "n.censor", "surv", "cumhaz", "std.err", "lower", "upper" })
        {
            part[key] = new JsonArray(curve[key]!.AsArray().Skip(offset).Take(count).Select(v => v?.DeepClone()).ToArray());
        }

        return part;
    }

    private static FixtureTable Lung() => FixtureTable.Load("r-survival/datasets/lung.csv");

    private static CoxData SevenRows()
    {
        var table = FixtureTable.Load("cox-extra/tg7.csv");
        return new CoxData(table.Numbers("time"), table.Numbers("status"), [CovariateSpec.Numeric("x", table.Numbers("x"))]);
    }
}
