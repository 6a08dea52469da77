namespace SmnpcRepro.Survival.LogRank;

/// <summary>
/// The weight w(t) given to each event time in a weighted log-rank test. n(t) is the number at risk
/// (pooled over groups, within the stratum) and S(t−) the pooled Kaplan–Meier estimate just before t.
/// </summary>
public enum LogRankWeight
{
    /// <summary>w = 1: the log-rank (Mantel–Cox) test, R's <c>survdiff(rho = 0)</c>; SPSS "Log Rank (Mantel-Cox)".</summary>
    LogRank,

    /// <summary>w = S(t−): the Peto–Peto test, R's <c>survdiff(rho = 1)</c>.</summary>
    PetoPeto,

    /// <summary>w = S(t−)^ρ with ρ = <see cref="LogRankOptions.Rho"/>: Harrington–Fleming G-rho, R's <c>survdiff(rho = ρ)</c>.</summary>
    FlemingHarrington,

    /// <summary>w = n(t): Gehan's generalized Wilcoxon; SPSS calls it "Breslow (Generalized Wilcoxon)".</summary>
    GehanBreslow,

    /// <summary>w = √n(t): Tarone–Ware; SPSS "Tarone-Ware".</summary>
    TaroneWare,
}
