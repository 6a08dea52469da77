namespace SmnpcRepro.Analysis.Tables;

/// <summary>
/// Table 1 (demographic and clinical characteristics) as data: blocks in the paper's row order, each with
/// its levels' counts. Percentages are of <see cref="Denominator"/>; formatting is the manuscript's job.
/// </summary>
public sealed record Table1Result(int Denominator, IReadOnlyList<Table1Block> Blocks);

/// <summary>One characteristic: a header line, an optional summary (age's mean), and its levels.</summary>
/// <param name="Key">Stable key, as in published.yaml (<c>kps_preop</c>).</param>
/// <param name="Label">The header as the table prints it (<c>Hb (g/dL)</c>).</param>
/// <param name="Summary">A summary printed on the header line (the paper's "Mean (46)" for age), or null.</param>
/// <param name="Missing">Patients with no value for this characteristic (not in any level).</param>
public sealed record Table1Block(string Key, string Label, Table1Summary? Summary, IReadOnlyList<Table1Level> Levels, int Missing)
{
    /// <summary>The block's key in published.yaml (the variable's key unless the plan says otherwise).</summary>
    public string PaperKey { get; init; } = Key;
}

/// <summary>One level of a characteristic and how many patients fall in it.</summary>
public sealed record Table1Level(string Key, string Label, int Count);

/// <summary>A statistic printed beside a characteristic's header (name and value, unrounded), and the cut-point the rows split at, if any.</summary>
public sealed record Table1Summary(string Statistic, double Value, double? CutPoint = null);
