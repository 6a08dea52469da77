namespace SmnpcRepro.Analysis.Robustness;

/// <summary>How far an ordinary Cox estimate can be trusted at this sample size.</summary>
public enum EstimateStability
{
    /// <summary>Converged, finite, enough events in every group, and Firth's penalty barely moves it.</summary>
    Stable,

    /// <summary>Finite, but resting on few events in a group or moved noticeably by Firth's penalty.</summary>
    Unstable,

    /// <summary>The ordinary fit did not converge, or its estimate runs to infinity (monotone likelihood).</summary>
    Diverges,
}

/// <summary>Why an estimate was marked (several may apply).</summary>
[Flags]
public enum StabilityReasons
{
    /// <summary>Nothing to report.</summary>
    None = 0,

    /// <summary>R's check says the coefficient may be infinite (monotone likelihood).</summary>
    MonotoneLikelihood = 1,

    /// <summary>Newton–Raphson did not converge.</summary>
    NotConverged = 2,

    /// <summary>The coefficient could not be estimated (constant or collinear covariate).</summary>
    NotEstimable = 4,

    /// <summary>A group of the factor has fewer events than <see cref="InstabilityRule.FewEvents"/>.</summary>
    FewEventsInGroup = 8,

    /// <summary>The Firth estimate differs from the ordinary one by more than <see cref="InstabilityRule.LargeShift"/> on the log scale.</summary>
    LargePenaltyShift = 16,
}
