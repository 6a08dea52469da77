namespace SmnpcRepro.Survival.Cox.Design;

/// <summary>How a covariate enters the Cox model's design matrix.</summary>
public enum CovariateKind
{
    /// <summary>One linear (per-unit) column, as a numeric variable entered without <c>factor()</c> in R.</summary>
    Numeric,

    /// <summary>
    /// Treatment contrasts: one 0/1 indicator column per level except the reference, as R's
    /// <c>factor(x)</c> with <c>contr.treatment</c>.
    /// </summary>
    Factor,

    /// <summary>
    /// One column holding the level's position (0 for the first level, 1 for the next, ...): a single hazard
    /// ratio per step, as R's <c>as.numeric(f) - 1</c>.
    /// </summary>
    Ordinal,
}
