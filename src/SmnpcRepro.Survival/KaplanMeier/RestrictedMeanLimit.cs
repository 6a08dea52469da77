namespace SmnpcRepro.Survival.KaplanMeier;

/// <summary>
/// The upper limit of the restricted mean survival time, as R's <c>print.survfit(rmean=)</c>.
/// </summary>
public enum RestrictedMeanLimit
{
    /// <summary>R's default <c>"common"</c>: the largest time over all curves of the fit.</summary>
    Common,

    /// <summary>
    /// <c>"individual"</c>: each curve's own largest time. This is SPSS's "mean survival time"
    /// (the area under S up to the group's largest time, event or censored).
    /// </summary>
    Individual,
}
