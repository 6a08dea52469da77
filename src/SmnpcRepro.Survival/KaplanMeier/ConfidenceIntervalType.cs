namespace SmnpcRepro.Survival.KaplanMeier;

/// <summary>
/// The transformation used for pointwise confidence intervals of S(t), as R's <c>survfit(conf.type=)</c>
/// (<c>survfit_confint</c>). With se = R's <c>std.err</c> (the Greenwood SE of −log S) and z = the normal
/// quantile for the level:
/// </summary>
public enum ConfidenceIntervalType
{
    /// <summary>R's default <c>"log"</c>: S·exp(±z·se), upper limit capped at 1; undefined where S = 0.</summary>
    Log,

    /// <summary><c>"log-log"</c>: exp(−exp(log(−log S) ∓ z·se/log S)); undefined where S is 0 or 1.</summary>
    LogLog,

    /// <summary><c>"plain"</c>: S ± z·S·se, clipped to [0, 1] (SPSS's symmetric interval).</summary>
    Plain,
}
