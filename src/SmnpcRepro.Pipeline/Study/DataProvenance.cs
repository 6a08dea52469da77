namespace SmnpcRepro.Pipeline.Study;

/// <summary>Where the cohort data come from, as <c>data.provenance</c> in <c>data/study.yaml</c> declares it.</summary>
public enum DataProvenance
{
    /// <summary>Made by <c>smnpc reconstruct</c> from the published aggregates (the repository's default).</summary>
    Synthetic,

    /// <summary>The study's real patient-level data.</summary>
    Real,
}
