using System.Text.Json.Nodes;
using SmnpcRepro.Analysis.Codings;
using SmnpcRepro.Analysis.Factors;
using SmnpcRepro.Analysis.Multivariate;
using SmnpcRepro.Analysis.Plan;
using SmnpcRepro.Analysis.Profiles;
using SmnpcRepro.Analysis.Univariate;
using SmnpcRepro.Cohort;

namespace SmnpcRepro.Analysis.Tests.Factors;

/// <summary>
/// <c>coding: categorical</c> against R: one indicator per group against the reference (R's <c>factor()</c> with
/// <c>relevel</c>), each HR, CI and Wald p, and the joint Wald test of a factor's indicators, alone and in a
/// multivariate model, on the frozen cohort (Fixtures/categorical-factors.R made categorical-factors.json).
/// </summary>
public sealed class CategoricalFactorTests
{
    private static readonly IReadOnlyList<CohortRecord> Cohort =
        CohortCsv.Read(Path.Combine(AppContext.BaseDirectory, "Fixtures", "cohort-frozen.csv")).Records;

    private static readonly JsonNode Reference =
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "categorical-factors.json")))!;

    private static readonly CompiledPlan Plan = PlanCompiler.Compile(new AnalysisPlan(
    [
        new FactorPlan("spine_level", "spine_level", "Metastatic level")
        {
            Groups = [new("Cervical", ["Cervical"]), new("Thoracic", ["Thoracic"]), new("Lumbar/sacrum", ["Lumbar", "Sacrum"])],
            Coding = FactorCoding.Categorical,
            Reference = "Thoracic",
        },
        new FactorPlan("visceral_mets", "visceral_mets", "Visceral metastasis") { Coding = FactorCoding.Categorical },
        new FactorPlan("kps_preop", "kps_preop", "Preoperative KPS") { Cut = new CutPoint(80, CutPointSide.LowerStrict), Exposure = "lower" },
    ],
    []));

    [Fact]
    public void A_categorical_factor_has_one_contrast_per_group_other_than_its_reference()
    {
        var spine = Plan.Factors[0];
        Assert.Equal(1, spine.ReferenceGroup);
        Assert.Equal(["spine_level.cervical", "spine_level.lumbar_sacrum"], spine.Contrasts.Select(c => c.Key));
        Assert.Equal(["Metastatic level: Cervical vs Thoracic", "Metastatic level: Lumbar/sacrum vs Thoracic"], spine.Contrasts.Select(c => c.Label));
        Assert.Equal(0, Plan.Factors[1].ReferenceGroup);
        Assert.Equal(["visceral_mets.single", "visceral_mets.multiple"], Plan.Factors[1].Contrasts.Select(c => c.Key));
        Assert.Equal(["kps_preop"], Plan.Factors[2].Contrasts.Select(c => c.Key));
        Assert.Throws<InvalidOperationException>(() => spine.Covariate(0));
    }

    [Theory]
    [InlineData("spss18", "breslow")]
    [InlineData("r", "efron")]
    public void Univariate_estimates_and_the_joint_Wald_test_equal_R(string profile, string ties)
    {
        foreach (var factor in Plan.Factors.Take(2))
        {
            var u = UnivariateAnalysis.Run(Cohort, factor, ConventionsProfile.Named(profile));
            var model = Model(ties, factor.Key);
            AssertEstimates(factor, u.Estimates, model, $"{ties} {factor.Key}");
            var test = model["tests"]!.AsArray()[0]!;
            Close((double)test["chisq"]!, u.FactorTest.Statistic, $"{ties} {factor.Key} Wald χ²");
            Assert.Equal((int)test["df"]!, u.FactorTest.DegreesOfFreedom);
            Close((double)test["p"]!, u.P, $"{ties} {factor.Key} Wald p");
            Assert.Throws<InvalidOperationException>(() => u.Coefficient);
        }
    }

    [Theory]
    [InlineData("spss18", "breslow")]
    [InlineData("r", "efron")]
    public void In_the_multivariate_model_each_factor_has_its_estimates_and_joint_test_as_R(string profile, string ties)
    {
        var conventions = ConventionsProfile.Named(profile);
        var univariate = Plan.Factors.Select(f => UnivariateAnalysis.Run(Cohort, f, conventions)).ToArray();
        var result = MultivariateAnalysis.Run(Cohort, univariate, new SelectionRule(SelectionTest.LogRank, 1.0), conventions);
        var model = Model(ties, "multivariate");
        Assert.Equal(5, result.Fit!.Coefficients.Count);
        var tests = model["tests"]!.AsArray();
        for (var i = 0; i < Plan.Factors.Count; i++)
        {
            var f = Plan.Factors[i];
            AssertEstimates(f, result.Estimates(f), model, $"{ties} multivariate {f.Key}");
            Close((double)tests[i]!["p"]!, result.FactorTest(f)!.P, $"{ties} multivariate {f.Key} Wald p");
            Assert.Equal((int)tests[i]!["df"]!, result.FactorTest(f)!.DegreesOfFreedom);
        }

        var significant = Plan.Factors.Where((f, i) => (double)tests[i]!["p"]! <= 0.05).Select(f => f.Key);
        Assert.Equal(significant, result.Independent(0.05).Select(f => f.Key));
    }

    private static void AssertEstimates(PrognosticFactor factor, IReadOnlyList<ContrastEstimate> estimates, JsonNode model, string what)
    {
        Assert.Equal(factor.Contrasts.Count, estimates.Count);
        foreach (var e in estimates)
        {
            // R names a factor's column by the term and the level (spine_levelCervical); a binary one by the term.
            var name = factor.IsSingleContrast ? factor.Key : factor.Key + factor.Groups[e.Contrast.Group];
            var r = model["coefficients"]!.AsArray().Single(c => (string)c!["name"]! == name)!;
            Close((double)r["coef"]!, e.Coefficient.Coefficient, $"{what} {name} coef");
            Close((double)r["lower"]!, e.Coefficient.ConfidenceInterval.Lower, $"{what} {name} lower");
            Close((double)r["upper"]!, e.Coefficient.ConfidenceInterval.Upper, $"{what} {name} upper");
            Close((double)r["p"]!, e.Coefficient.P, $"{what} {name} p");
        }
    }

    private static JsonNode Model(string ties, string model) =>
        Reference["models"]!.AsArray().Single(m => (string)m!["ties"]! == ties && (string)m["model"]! == model)!;

    private static void Close(double expected, double actual, string what) =>
        Assert.True(Math.Abs(actual - expected) <= 1e-7 * Math.Max(1, Math.Abs(expected)), $"{what}: R {expected:R}, ours {actual:R}");
}
