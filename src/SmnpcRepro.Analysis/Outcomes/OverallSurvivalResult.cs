using SmnpcRepro.Survival.KaplanMeier;

namespace SmnpcRepro.Analysis.Outcomes;

/// <summary>
/// Kaplan–Meier overall survival after surgery: the curve, the median with its CI, the deaths, and the
/// range of observed follow-up (the paper's "range: 4–141 months").
/// </summary>
public sealed record OverallSurvivalResult(
    KaplanMeierFit Fit,
    MedianSurvival Median,
    double ShortestFollowUp,
    double LongestFollowUp);
