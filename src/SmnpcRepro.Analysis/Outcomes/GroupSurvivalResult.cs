using SmnpcRepro.Analysis.Factors;
using SmnpcRepro.Survival.KaplanMeier;
using SmnpcRepro.Survival.LogRank;

namespace SmnpcRepro.Analysis.Outcomes;

/// <summary>Kaplan–Meier curves of one factor's groups, their medians and the log-rank test between them.</summary>
public sealed record GroupSurvivalResult(
    PrognosticFactor Factor,
    KaplanMeierFit Fit,
    IReadOnlyList<MedianSurvival> Medians,
    LogRankResult LogRank,
    int Missing);
