namespace SmnpcRepro.Analysis.Published;

/// <summary>How a printed number bounds the quantity: <c>0.0874</c> (equal up to rounding), <c>&lt;0.001</c>, <c>≤0.05</c>, <c>&gt;0.1</c>.</summary>
public enum PrintedRelation
{
    /// <summary>The quantity rounds to the printed number.</summary>
    Equal,

    /// <summary><c>&lt;x</c>.</summary>
    Less,

    /// <summary><c>≤x</c>.</summary>
    LessOrEqual,

    /// <summary><c>&gt;x</c>.</summary>
    Greater,

    /// <summary><c>≥x</c>.</summary>
    GreaterOrEqual,
}
