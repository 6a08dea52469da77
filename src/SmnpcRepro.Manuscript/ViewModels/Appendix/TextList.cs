namespace SmnpcRepro.Manuscript.ViewModels.Appendix;

/// <summary>Lists in running text: "a", "a and b", "a, b and c".</summary>
internal static class TextList
{
    public static string Join(IReadOnlyList<string> items, string none = "none") => items.Count switch
    {
        0 => none,
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
    };
}
