namespace SmnpcRepro.Manuscript.Check;

/// <summary>
/// What <c>smnpc check</c> found: the printed numbers that drifted, the model's membership changes, and
/// problems with the manuscript as a whole (another conventions profile, a missing file).
/// </summary>
/// <param name="Compared">How many printed numbers were compared (those in both).</param>
/// <param name="Numbers">Numbers that moved, flipped significance, or are printed only now or no longer, in reading order.</param>
/// <param name="Model">Factors that entered or left the multivariate model.</param>
/// <param name="Problems">Other drift, one sentence each.</param>
public sealed record DriftResult(int Compared, IReadOnlyList<NumberDrift> Numbers, IReadOnlyList<ModelDrift> Model, IReadOnlyList<string> Problems)
{
    /// <summary>Whether anything drifted (the check then exits with 1).</summary>
    public bool HasDrift => Numbers.Count > 0 || Model.Count > 0 || Problems.Count > 0;

    /// <summary>Numbers whose p-value crossed the significance level or the entry threshold.</summary>
    public IReadOnlyList<NumberDrift> Flipped => Numbers.Where(n => n.Flips.Count > 0).ToList();

    /// <summary>Numbers printed in both whose printed text changed, without a flip.</summary>
    public IReadOnlyList<NumberDrift> Moved => Numbers.Where(n => n.Flips.Count == 0 && n.Before is not null && n.After is not null).ToList();

    /// <summary>Numbers printed only now or no longer.</summary>
    public IReadOnlyList<NumberDrift> AddedOrRemoved => Numbers.Where(n => n.Flips.Count == 0 && (n.Before is null || n.After is null)).ToList();
}
