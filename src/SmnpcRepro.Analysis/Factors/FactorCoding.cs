namespace SmnpcRepro.Analysis.Factors;

/// <summary>How a prognostic factor enters a Cox model.</summary>
public enum FactorCoding
{
    /// <summary>Two groups; one covariate, 1 for the exposure group and 0 for the reference group.</summary>
    Binary,

    /// <summary>
    /// Ordered groups scored 0, 1, 2, … as one numeric covariate: one hazard ratio per step. The paper
    /// prints one HR for each three-level factor (visceral metastasis, metastatic level, surgical option),
    /// which only an ordinal (per-step) coding gives.
    /// </summary>
    Ordinal,

    /// <summary>
    /// Unordered groups with a reference group: one 0/1 covariate per other group (treatment contrasts, as
    /// SPSS's <c>/CATEGORICAL … (INDICATOR)</c> and R's <c>factor()</c>), so one HR per group against the
    /// reference, and one Wald test of them all (k − 1 df) for the factor.
    /// </summary>
    Categorical,
}
