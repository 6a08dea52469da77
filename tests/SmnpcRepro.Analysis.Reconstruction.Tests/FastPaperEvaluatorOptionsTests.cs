using SmnpcRepro.Analysis.Profiles;
using SmnpcRepro.Analysis.Reconstruction;
using SmnpcRepro.Analysis.Reconstruction.Fast;
using SmnpcRepro.Survival.Cox;

namespace SmnpcRepro.Analysis.Reconstruction.Tests;

/// <summary>
/// The lean evaluator fits its Cox models under the profile's <see cref="ConventionsProfile.CoxOptions"/>,
/// not constants of its own: a different iteration cap changes its numbers, and changes them exactly as it
/// changes the engine's (which reads the same record). Tolerance 1e-6 relative, as <see cref="FastPaperEvaluatorTests"/>.
/// </summary>
public sealed class FastPaperEvaluatorOptionsTests
{
    private const double Tolerance = 1e-6;

    [Fact]
    public void An_iteration_cap_of_one_reaches_the_fits_and_the_engine_agrees_under_it()
    {
        var state = ReconstructionState.From(CohortSynthesizer.Generate(Published.Exact, 3));
        var capped = ConventionsProfile.Spss18 with { CoxOptions = CoxOptions.Default with { MaxIterations = 1 } };
        Assert.Equal(1, capped.CoxOptions.MaxIterations);
        Assert.Equal(TieMethod.Breslow, capped.CoxOptions.Ties);

        var byDefault = Evaluate(state, ConventionsProfile.Spss18);
        var oneStep = Evaluate(state, capped);
        var engine = PaperMetrics.From(PaperAnalysis.Run(state.ToRecords(), capped));

        var moved = 0;
        for (var k = 0; k < oneStep.Length; k++)
        {
            Assert.True(double.IsNaN(oneStep[k]) == double.IsNaN(engine[k]), $"slot {k}: lean {oneStep[k]}, engine {engine[k]}");
            if (!double.IsNaN(engine[k]) && oneStep[k] != engine[k])
            {
                Assert.True(Math.Abs(oneStep[k] - engine[k]) <= Tolerance * Math.Max(1, Math.Abs(engine[k])), $"slot {k}: lean {oneStep[k]}, engine {engine[k]}");
            }

            moved += double.IsNaN(byDefault[k]) || Math.Abs(byDefault[k] - oneStep[k]) <= Tolerance * Math.Max(1, Math.Abs(byDefault[k])) ? 0 : 1;
        }

        Assert.True(moved > 0, "one Newton step gave the same hazard ratios as a converged fit");
    }

    [Fact]
    public void The_options_are_validated_when_the_evaluator_is_made()
    {
        var invalid = ConventionsProfile.Spss18 with { CoxOptions = CoxOptions.Default with { ConvergenceTolerance = 0 } };
        Assert.Throws<ArgumentException>(() => new FastPaperEvaluator(invalid, 30));
    }

    private static double[] Evaluate(ReconstructionState state, ConventionsProfile profile)
    {
        var metrics = PaperMetrics.Empty();
        new FastPaperEvaluator(profile, state.Patients).Evaluate(state, metrics);
        return metrics;
    }
}
