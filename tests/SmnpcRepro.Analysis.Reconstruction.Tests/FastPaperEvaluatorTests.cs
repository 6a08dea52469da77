using SmnpcRepro.Analysis.Profiles;
using SmnpcRepro.Analysis.Reconstruction;
using SmnpcRepro.Analysis.Reconstruction.Fast;
using SmnpcRepro.Survival.Sampling;

namespace SmnpcRepro.Analysis.Reconstruction.Tests;

/// <summary>
/// The search's lean evaluator against the paper's analysis (the engine checked against R): every quantity
/// the targets read, on synthesized cohorts and on cohorts after random moves, to 1e-6 relative (the two
/// Newton–Raphson drivers stop by the same rule, |1 − loglik_old/loglik_new| ≤ 1e-9).
/// </summary>
public sealed class FastPaperEvaluatorTests
{
    private const double Tolerance = 1e-6;

    [Theory]
    [InlineData(1UL)]
    [InlineData(2UL)]
    [InlineData(3UL)]
    [InlineData(20190815UL)]
    public void Equals_PaperAnalysis_on_synthesized_cohorts_and_after_moves(ulong seed)
    {
        var state = ReconstructionState.From(CohortSynthesizer.Generate(Published.Exact, seed));
        var evaluator = new FastPaperEvaluator(ConventionsProfile.Spss18, state.Patients);
        var moves = new CohortMoves(SearchSpace.From(Published.Exact, Published.Targets));
        var rng = new SplitMix64(seed);
        for (var step = 0; step < 6; step++)
        {
            var fast = PaperMetrics.Empty();
            evaluator.Evaluate(state, fast);
            var engine = PaperMetrics.From(PaperAnalysis.Run(state.ToRecords(), ConventionsProfile.Spss18));
            for (var k = 0; k < fast.Length; k++)
            {
                Assert.True(double.IsNaN(fast[k]) == double.IsNaN(engine[k]), $"seed {seed} step {step} slot {k}: lean {fast[k]}, engine {engine[k]}");
                if (!double.IsNaN(engine[k]) && fast[k] != engine[k])
                {
                    Assert.True(Math.Abs(fast[k] - engine[k]) <= Tolerance * Math.Max(1, Math.Abs(engine[k])), $"seed {seed} step {step} slot {k}: lean {fast[k]}, engine {engine[k]}");
                }
            }

            for (var m = 0; m < 25; m++)
            {
                moves.Apply(state, ref rng);
            }
        }
    }

    [Fact]
    public void Refuses_a_profile_it_does_not_implement()
    {
        Assert.Throws<NotSupportedException>(() => new FastPaperEvaluator(ConventionsProfile.R, 30));
    }
}
