namespace SmnpcRepro.Analysis.Robustness;

/// <summary>What became of the multivariate step in one bootstrap resample.</summary>
public enum ResampleFit
{
    /// <summary>The Cox model converged with finite estimates.</summary>
    Fitted,

    /// <summary>No factor passed the screening: no model.</summary>
    NoFactorSelected,

    /// <summary>The model did not converge or an estimate may be infinite (monotone likelihood); its HRs are not used.</summary>
    NotFinite,

    /// <summary>No model could be fitted (e.g. no events among the analysed patients).</summary>
    Failed,
}
