using SmnpcRepro.Analysis.Profiles;
using SmnpcRepro.Analysis.Robustness;

namespace SmnpcRepro.Analysis.Robustness.Tests;

public sealed class EventsPerVariableTests
{
    [Theory]
    // events / parameters, by hand.
    [InlineData(19, 1, 19.0)]
    [InlineData(19, 3, 19.0 / 3)]
    [InlineData(19, 15, 19.0 / 15)]
    [InlineData(0, 2, 0.0)]
    public void Events_per_variable_is_events_over_parameters(int events, int parameters, double expected) =>
        Assert.Equal(expected, EventsPerVariable.Of(events, parameters), 15);

    [Fact]
    public void A_model_without_parameters_has_no_events_per_variable() => Assert.True(double.IsNaN(EventsPerVariable.Of(19, 0)));

    [Fact]
    public void Screening_many_factors_arithmetic()
    {
        // Closed forms: k·α and 1 − (1 − α)^k. 1 − 0.9^15 = 0.794108867905351; 1 − 0.95^15 = 0.536708769755...
        Assert.Equal(1.5, EventsPerVariable.ExpectedFalseEntries(15, 0.10), 12);
        Assert.Equal(0.794108867905351, EventsPerVariable.ChanceOfAnyFalseEntry(15, 0.10), 12);
        Assert.Equal(1 - Math.Pow(0.95, 15), EventsPerVariable.ChanceOfAnyFalseEntry(15, 0.05), 15);
        Assert.Equal(0.0, EventsPerVariable.ChanceOfAnyFalseEntry(0, 0.10));
    }

    [Fact]
    public void Every_model_is_listed_with_the_thresholds_it_meets()
    {
        var paper = PaperAnalysis.Run(RobustnessTestCohorts.Frozen, ConventionsProfile.Spss18);
        var result = EventsPerVariable.Compute(paper);
        var events = RobustnessTestCohorts.Frozen.Count(p => p.Death);

        Assert.Equal(paper.Univariate.Count + (paper.Multivariate.Fit is null ? 1 : 2), result.Models.Count);
        Assert.All(result.Models.Where(m => m.Kind == ModelKind.Univariate), m => Assert.Equal((events, 1), (m.Events, m.Parameters)));
        var screening = result.Models.Single(m => m.Kind == ModelKind.Screening);
        Assert.Equal(15, screening.Parameters);
        Assert.Equal((double)events / 15, screening.Value, 12);
        foreach (var m in result.Models)
        {
            Assert.Equal(result.Thresholds.Where(t => m.Value >= t.MinimumEventsPerVariable).Select(t => t.MinimumEventsPerVariable), m.ThresholdsMet);
        }

        if (paper.Multivariate.Fit is { } fit)
        {
            var multivariate = result.Models.Single(m => m.Kind == ModelKind.Multivariate);
            Assert.Equal(paper.Multivariate.Entered.Count, multivariate.Parameters);
            Assert.Equal(fit.EventsPerVariable, multivariate.Value, 12);
        }

        Assert.Equal(15, result.UnivariateTests);
        Assert.Equal(EventsPerVariable.ChanceOfAnyFalseEntry(15, 0.10), result.ChanceOfAnyFalseEntry);
    }
}
