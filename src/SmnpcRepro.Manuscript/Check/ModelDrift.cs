namespace SmnpcRepro.Manuscript.Check;

/// <summary>A factor that entered or left the multivariate model.</summary>
/// <param name="Key">The factor's Table 2 key.</param>
/// <param name="Label">Its label in Table 2.</param>
/// <param name="Entered">True when it entered (is in the model now, was not), false when it left.</param>
public sealed record ModelDrift(string Key, string Label, bool Entered)
{
    /// <summary>The line a reader sees: <c>Multivariate model: MIT left</c>.</summary>
    public string Line => $"Multivariate model: {Label} {(Entered ? "entered" : "left")}";
}
