namespace SmnpcRepro.Analysis.Reproduction;

/// <summary>How a recomputed number compares with the published one (see <see cref="AgreementRule"/>).</summary>
public enum Agreement
{
    /// <summary>Rounded as the paper prints it, the recomputed value is the print (or satisfies a printed bound such as p &gt; 0.1).</summary>
    Same,

    /// <summary>Not the same print, but near: within 10% (a factor 1.1 for hazard ratios), or for a p-value on the same side of 0.05 and of 0.10.</summary>
    Close,

    /// <summary>Neither.</summary>
    Different,
}
