namespace SmnpcRepro.Analysis.Audit;

/// <summary>How sure a reviewer can be that a finding is an error in the paper.</summary>
public enum FindingClass
{
    /// <summary>Arithmetic or the paper's own definitions rule the printed numbers out; no reading rescues them.</summary>
    CertainError,

    /// <summary>An error under the usual reading (a Wald interval, whole-year ages, one test per p-value); a stated exception would rescue it.</summary>
    LikelyError,

    /// <summary>The numbers disagree, but two legitimate readings (two tests, two codings) explain it; the paper should say which.</summary>
    Ambiguity,

    /// <summary>Checked and consistent.</summary>
    Consistent,
}
