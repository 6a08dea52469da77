namespace SmnpcRepro.Manuscript.Check;

/// <summary>
/// A printed number that is not what the data now give: it moved at its printed precision, its p-value
/// crossed a threshold, or it is printed only now (<see cref="Before"/> null) or no longer (<see cref="After"/> null).
/// </summary>
/// <param name="Id">The number's id in <c>numbers.json</c>.</param>
/// <param name="Where">Where a reader sees it.</param>
/// <param name="Before">What the committed manuscript prints, or null when it did not print it.</param>
/// <param name="After">What the data give now, or null when it would no longer be printed.</param>
/// <param name="Flips">Each threshold the p-value crossed, as a reader would say it ("no longer significant at P ≤ 0.05").</param>
public sealed record NumberDrift(string Id, string Where, string? Before, string? After, IReadOnlyList<string> Flips)
{
    /// <summary>The line a reader sees: <c>Table 2, Surgical option, univariate HR 2.157 → 2.274</c>, flips in brackets.</summary>
    public string Line =>
        $"{Where} {Before ?? "—"} → {After ?? "—"}" + (Flips.Count == 0 ? string.Empty : $" ({string.Join("; ", Flips)})");
}
