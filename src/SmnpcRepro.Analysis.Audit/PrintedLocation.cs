namespace SmnpcRepro.Analysis.Audit;

/// <summary>Where a number is printed: its address in the transcription and the paper's own place for it.</summary>
/// <param name="Key">The dotted path in <c>published.yaml</c> (<c>table2.rows.kps_preop.univariate</c>).</param>
/// <param name="Source">Where the paper prints it (<c>Table 2, row 'Preoperative KPS'</c>).</param>
public sealed record PrintedLocation(string Key, string Source);
