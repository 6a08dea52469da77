namespace SmnpcRepro.Analysis.Catalogue;

/// <summary>One number the manuscript prints, as the reproduction comparison reads it (the manuscript's <c>numbers.json</c> entry).</summary>
/// <param name="Id">Its catalogue id.</param>
/// <param name="Where">Where a reader sees it (<c>Table 2, Ki67, univariate HR</c>).</param>
/// <param name="Value">The unrounded value; NaN when it is not a finite number (a median not reached).</param>
public sealed record PrintedValue(string Id, string Where, double Value);
