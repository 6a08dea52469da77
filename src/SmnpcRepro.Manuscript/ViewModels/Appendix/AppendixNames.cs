using SmnpcRepro.Analysis.Plan;

namespace SmnpcRepro.Manuscript.ViewModels.Appendix;

/// <summary>
/// How the appendix's running text names a factor: the plan's Table 2 label without the unit, so text and tables
/// use the same words ("Hb (g/dL)" → "Hb", "Surgical option" → "surgical option"), a factor the study adds
/// included. An initial capital is kept for abbreviations (Hb, Ki67, MIT). A categorical factor's contrast is the
/// factor's name with the groups it compares ("visceral metastasis (Multiple vs None)").
/// </summary>
internal static class AppendixNames
{
    public static string InText(CompiledPlan plan, string key)
    {
        // A categorical factor's contrast (factor.group): the factor's name and the two groups compared.
        foreach (var f in plan.Factors.Where(f => !f.IsSingleContrast))
        {
            if (f.Contrasts.FirstOrDefault(c => string.Equals(c.Key, key, StringComparison.Ordinal)) is { } contrast)
            {
                return $"{InText(plan, f.Key)} ({f.Groups[contrast.Group]} vs {f.Groups[f.ReferenceGroup]})";
            }
        }

        var label = plan.Factor(key)?.Label ?? key.Replace('_', ' ');
        var unit = label.IndexOf(" (", StringComparison.Ordinal);
        var name = unit > 0 ? label[..unit] : label;
        var firstWord = name.Split(' ')[0];
        var ordinaryWord = firstWord.Length >= 3 && firstWord.Skip(1).All(char.IsLower);
        return ordinaryWord ? char.ToLowerInvariant(name[0]) + name[1..] : name;
    }
}
