namespace SmnpcRepro.Stats.Input;

/// <summary>What to read from a CSV for a survival analysis (see <see cref="SurvivalCsvInput"/>).</summary>
/// <param name="Path">The file.</param>
/// <param name="Time">Time column.</param>
/// <param name="Event">Status column.</param>
/// <param name="EventCode">Status value meaning an event.</param>
/// <param name="CensorCode">Status value meaning censored.</param>
/// <param name="Group">Group column, or null.</param>
/// <param name="Strata">Strata column, or null.</param>
/// <param name="NumericCovariates">Further numeric columns (e.g. Cox covariates); rows missing any are dropped too.</param>
/// <param name="FactorCovariates">Further categorical columns; rows missing any are dropped too.</param>
public sealed record SurvivalCsvRequest(
    string Path,
    string Time,
    string Event,
    string EventCode,
    string CensorCode,
    string? Group,
    string? Strata,
    IReadOnlyList<string> NumericCovariates,
    IReadOnlyList<string> FactorCovariates);
