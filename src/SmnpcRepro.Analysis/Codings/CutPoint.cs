using System.Globalization;

namespace SmnpcRepro.Analysis.Codings;

/// <summary>Which side of a cut-point the value itself belongs to.</summary>
public enum CutPointSide
{
    /// <summary><c>&lt; c</c> vs <c>≥ c</c>: the cut-point belongs to the upper group (the paper's labs, KPS, MIT, Ki67).</summary>
    LowerStrict,

    /// <summary><c>≤ c</c> vs <c>&gt; c</c>: the cut-point belongs to the lower group (the paper's age).</summary>
    LowerInclusive,
}

/// <summary>
/// A dichotomy of a measured value at a printed cut-point, e.g. Hb &lt; 11 vs ≥ 11 g/dL. The data keep
/// the measured value; the analysis applies the cut-point, so a change of cut-point is one edit here.
/// </summary>
/// <param name="Threshold">The printed cut-point.</param>
/// <param name="Side">Which group the cut-point itself falls in.</param>
/// <param name="Suffix">Text after the number in the level labels (the paper writes Ki67 as "&lt;30%").</param>
public sealed record CutPoint(double Threshold, CutPointSide Side, string Suffix = "")
{
    /// <summary>0 for the lower group, 1 for the upper group.</summary>
    public int Classify(double value) => Side == CutPointSide.LowerStrict
        ? (value < Threshold ? 0 : 1)
        : (value <= Threshold ? 0 : 1);

    /// <summary>Label of the lower group: <c>&lt;11</c> or <c>≤46</c>.</summary>
    public string LowerLabel => (Side == CutPointSide.LowerStrict ? "<" : "≤") + Number + Suffix;

    /// <summary>Label of the upper group: <c>≥11</c> or <c>&gt;46</c>.</summary>
    public string UpperLabel => (Side == CutPointSide.LowerStrict ? "≥" : ">") + Number + Suffix;

    private string Number => Threshold.ToString("0.##", CultureInfo.InvariantCulture);
}
