namespace SmnpcRepro.Analysis.Codings;

/// <summary>
/// The cut-points the paper prints in Table 1 and Table 2 (published.yaml: table1.characteristics.*),
/// in one place. Age is ≤46 vs &gt;46; every other measured factor is &lt;c vs ≥c.
/// </summary>
public static class PaperCutPoints
{
    /// <summary>Age at admission: ≤46 vs &gt;46 years.</summary>
    public static CutPoint Age { get; } = new(46, CutPointSide.LowerInclusive);

    /// <summary>Preoperative KPS: &lt;80 vs ≥80.</summary>
    public static CutPoint Kps { get; } = new(80, CutPointSide.LowerStrict);

    /// <summary>Metastasis interval time: &lt;12 vs ≥12 months.</summary>
    public static CutPoint Mit { get; } = new(12, CutPointSide.LowerStrict);

    /// <summary>Haemoglobin: &lt;11 vs ≥11 g/dL.</summary>
    public static CutPoint Hb { get; } = new(11, CutPointSide.LowerStrict);

    /// <summary>Albumin: &lt;40 vs ≥40 g/L.</summary>
    public static CutPoint Alb { get; } = new(40, CutPointSide.LowerStrict);

    /// <summary>LDH: &lt;245 vs ≥245 IU/L.</summary>
    public static CutPoint Ldh { get; } = new(245, CutPointSide.LowerStrict);

    /// <summary>ALP: &lt;110 vs ≥110 IU/L.</summary>
    public static CutPoint Alp { get; } = new(110, CutPointSide.LowerStrict);

    /// <summary>Ki-67: &lt;30% vs ≥30%.</summary>
    public static CutPoint Ki67 { get; } = new(30, CutPointSide.LowerStrict, "%");
}
