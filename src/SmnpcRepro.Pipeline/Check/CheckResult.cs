using SmnpcRepro.Manuscript.Check;

namespace SmnpcRepro.Pipeline.Check;

/// <summary>What the drift gate found.</summary>
/// <param name="Output">The fresh build it compared with.</param>
/// <param name="Numbers">Printed numbers that drifted from the committed <c>numbers.json</c>, in a reader's words.</param>
/// <param name="Files">Committed files that differ from the fresh build, are missing or stale, by file and line.</param>
/// <param name="Reconstruction">Exact targets of the reconstruction the cohort misses (synthetic, unedited data only).</param>
public sealed record CheckResult(BuildOutput Output, DriftResult Numbers, IReadOnlyList<string> Files, IReadOnlyList<string> Reconstruction)
{
    /// <summary>Whether the gate fails.</summary>
    public bool HasDrift => Numbers.HasDrift || Files.Count > 0 || Reconstruction.Count > 0;
}
