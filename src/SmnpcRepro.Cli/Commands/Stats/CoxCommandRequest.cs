namespace SmnpcRepro.Cli.Commands.Stats;

/// <summary>The options of one <c>smnpc stats cox</c> call.</summary>
internal sealed record CoxCommandRequest(
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
