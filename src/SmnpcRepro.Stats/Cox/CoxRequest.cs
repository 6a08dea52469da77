namespace SmnpcRepro.Stats.Cox;

/// <summary>The options of one <c>smnpc stats cox</c> call.</summary>
public sealed record CoxRequest(
    string Data,
    string Time,
    string Event,
    string Covariates,
    IReadOnlyList<string> References,
    IReadOnlyList<string> Ordinal,
    string Ties,
    string? Strata,
    bool Robust,
    string? Cluster,
    bool Firth,
    bool Zph,
    bool Baseline,
    double ConfidenceLevel,
    bool Json,
    bool Timings);
