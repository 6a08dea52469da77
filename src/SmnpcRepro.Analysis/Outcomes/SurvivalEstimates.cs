using SmnpcRepro.Analysis.Factors;
using SmnpcRepro.Analysis.Profiles;
using SmnpcRepro.Cohort;
using SmnpcRepro.Survival.KaplanMeier;
using SmnpcRepro.Survival.LogRank;

namespace SmnpcRepro.Analysis.Outcomes;

/// <summary>Kaplan–Meier estimates for everyone and by group, under a conventions profile.</summary>
public static class SurvivalEstimates
{
    /// <summary>The Kaplan–Meier options a profile implies.</summary>
    public static KaplanMeierOptions Options(ConventionsProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return KaplanMeierOptions.Default with { MedianDefinition = profile.Median, ConfidenceType = profile.CurveConfidence };
    }

    /// <summary>Overall survival of the whole cohort.</summary>
    public static OverallSurvivalResult Overall(IReadOnlyList<CohortRecord> cohort, ConventionsProfile profile)
    {
        var fit = KaplanMeier.Fit(CohortSurvivalData.Overall(cohort), Options(profile));
        var curve = fit.Curves[0];
        return new OverallSurvivalResult(
            fit,
            Median("All patients", curve),
            cohort.Min(p => p.OsMonths),
            cohort.Max(p => p.OsMonths));
    }

    /// <summary>Curves, medians and log-rank test by the groups of <paramref name="factor"/>.</summary>
    public static GroupSurvivalResult ByFactor(IReadOnlyList<CohortRecord> cohort, PrognosticFactor factor, ConventionsProfile profile)
    {
        var data = CohortSurvivalData.ByFactor(cohort, factor, out var missing);
        var fit = KaplanMeier.Fit(data, Options(profile));
        var labels = data.Group!;
        var medians = fit.Curves.Select((c, i) => Median(labels.Levels[i], c)).ToArray();
        return new GroupSurvivalResult(factor, fit, medians, LogRankTest.Compute(data), missing);
    }

    private static MedianSurvival Median(string group, KaplanMeierCurve curve)
    {
        var median = curve.Median();
        return new MedianSurvival(group, curve.Records, curve.Events, median.Time, median.Lower, median.Upper, median.StandardError);
    }
}
