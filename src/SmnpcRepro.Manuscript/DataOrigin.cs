namespace SmnpcRepro.Manuscript;

/// <summary>Where the cohort data come from, as <c>data/study.yaml</c> declares it and the data's hash confirms.</summary>
public enum DataOrigin
{
    /// <summary>The synthetic cohort exactly as <c>smnpc reconstruct</c> wrote it (its SHA-256 is the reconstruction report's).</summary>
    Synthetic,

    /// <summary>Declared synthetic, but edited by hand since the reconstruction wrote it: the reconstruction's claims no longer hold.</summary>
    EditedSynthetic,

    /// <summary>The study's real patient-level data: no synthetic banner or caption word anywhere.</summary>
    Real,
}
