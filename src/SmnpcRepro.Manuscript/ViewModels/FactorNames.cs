namespace SmnpcRepro.Manuscript.ViewModels;

/// <summary>How running text names each Table 2 factor (the paper's own wording in its Results).</summary>
public static class FactorNames
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["gender"] = "sex",
        ["age"] = "age",
        ["pathology"] = "pathology type",
        ["kps_preop"] = "preoperative KPS",
        ["frankel_preop"] = "preoperative Frankel score",
        ["visceral_mets"] = "number of visceral metastasis",
        ["spine_level"] = "metastatic level",
        ["spine_mets_count"] = "number of spine metastasis",
        ["mit"] = "MIT",
        ["hb"] = "Hb",
        ["alb"] = "ALB",
        ["ldh"] = "LDH",
        ["alp"] = "ALP",
        ["ki67"] = "Ki67",
        ["surgical_option"] = "treatment pattern",
    };

    /// <summary>The phrase for factor <paramref name="key"/> (the key itself when unknown).</summary>
    public static string InText(string key) => Names.TryGetValue(key, out var name) ? name : key;
}
