using SmnpcRepro.Analysis.Factors;

namespace SmnpcRepro.Manuscript.ViewModels.Appendix;

/// <summary>
/// How the appendix's running text names a factor: its Table 2 label without the unit, so text and tables
/// use the same words ("Hb (g/dL)" → "Hb", "Surgical option" → "surgical option"). An initial capital is
/// kept for abbreviations (Hb, Ki67, MIT).
/// </summary>
internal static class AppendixNames
{
    public static string InText(string key)
    {
        var label = PaperFactors.All.FirstOrDefault(f => string.Equals(f.Key, key, StringComparison.Ordinal))?.Label ?? key.Replace('_', ' ');
        var unit = label.IndexOf(" (", StringComparison.Ordinal);
        var name = unit > 0 ? label[..unit] : label;
        var firstWord = name.Split(' ')[0];
        var ordinaryWord = firstWord.Length >= 3 && firstWord.Skip(1).All(char.IsLower);
        return ordinaryWord ? char.ToLowerInvariant(name[0]) + name[1..] : name;
    }
}
