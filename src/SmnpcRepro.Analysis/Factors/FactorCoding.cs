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
}
