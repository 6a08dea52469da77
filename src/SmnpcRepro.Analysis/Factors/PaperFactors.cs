using SmnpcRepro.Analysis.Codings;
using SmnpcRepro.Cohort;

namespace SmnpcRepro.Analysis.Factors;

/// <summary>
/// The fifteen prognostic factors of the paper's Table 2, in its row order, with the paper's labels,
/// cut-points and codings. Every HR the paper prints is above 1, i.e. each is oriented with the worse
/// group as exposure; where the text says which group fares worse, that group is the exposure, and where
/// it does not, the group the cited literature calls worse is (each such choice is an <c>Assumption</c>).
/// </summary>
public static class PaperFactors
{
    /// <summary>All factors, in Table 2's order.</summary>
    public static IReadOnlyList<PrognosticFactor> All { get; } =
    [
        new("gender", "Gender", "Male vs Female", FactorCoding.Binary, ["Male", "Female"], 0,
            p => p.Sex == Sex.Male ? 0 : 1,
            "The paper does not say which sex fares worse; male is taken as exposure (male predominance and worse outcome in the NPC literature it cites)."),
        Dichotomy("age", "Age (yrs)", PaperCutPoints.Age, p => p.Age, exposureUpper: true,
            "The paper does not say which age group fares worse; >46 years is taken as exposure."),
        new("pathology", "Pathology type", "Di vs UD", FactorCoding.Binary, ["Differentiated", "Undifferentiated"], 0,
            p => p.Pathology == Pathology.Differentiated ? 0 : 1,
            "The Introduction says undifferentiated (WHO type III) tumours have the better prognosis, so differentiated is the exposure."),
        Dichotomy("kps_preop", "Preoperative KPS", PaperCutPoints.Kps, p => p.KpsPreop, exposureUpper: false, string.Empty),
        new("frankel_preop", "Preoperative FS", "A,B,C/D,E", FactorCoding.Binary, ["A, B, C", "D, E"], 0,
            p => p.FrankelPreop <= FrankelPreop.C ? 0 : 1, string.Empty),
        new("visceral_mets", "Visceral metastasis", "N vs S vs M", FactorCoding.Ordinal, ["None", "Single", "Multiple"], 2,
            p => (int)p.VisceralMets, string.Empty),
        new("spine_level", "Metastatic level", "C vs T vs L", FactorCoding.Ordinal, ["Cervical", "Thoracic", "Lumbar/sacrum"], 2,
            p => p.SpineLevel switch { SpineLevel.Cervical => 0, SpineLevel.Thoracic => 1, _ => 2 },
            "The comparison names three levels (C, T, L); the one sacral lesion of Table 1 is scored with the lumbar level."),
        new("spine_mets_count", "Count of SMNPC", "S vs M", FactorCoding.Binary, ["Single", "Multiple"], 1,
            p => p.SpineMetsNumber == SpineMetsNumber.Single ? 0 : 1, string.Empty),
        Dichotomy("mit", "MIT", PaperCutPoints.Mit, p => p.Mit, exposureUpper: false,
            "The paper does not say which MIT group fares worse; <12 months is taken as exposure (the literature it cites finds short intervals worse)."),
        Dichotomy("hb", "Hb (g/dL)", PaperCutPoints.Hb, p => p.Hb, exposureUpper: false,
            "The Discussion cites Hb <11 g/dL as a poor-prognosis marker; <11 is the exposure."),
        Dichotomy("alb", "ALB (g/L)", PaperCutPoints.Alb, p => p.Alb, exposureUpper: false,
            "The Discussion cites ALB <40 g/L as a poor-prognosis marker; <40 is the exposure."),
        Dichotomy("ldh", "LDH (IU/L)", PaperCutPoints.Ldh, p => p.Ldh, exposureUpper: true,
            "The Discussion cites LDH ≥245 IU/L as a poor-prognosis marker; ≥245 is the exposure."),
        Dichotomy("alp", "ALP (IU/L)", PaperCutPoints.Alp, p => p.Alp, exposureUpper: true,
            "The Discussion cites high ALP as a poor-prognosis marker; ≥110 is the exposure."),
        Dichotomy("ki67", "Ki67", PaperCutPoints.Ki67, p => p.Ki67, exposureUpper: true, string.Empty),
        new("surgical_option", "Surgical option", "E vs P vs D/S", FactorCoding.Ordinal, ["En bloc", "Piecemeal", "Debulking/subtotal"], 2,
            p => (int)p.SurgicalOption - 1, string.Empty),
    ];

    /// <summary>The factor with <paramref name="key"/>.</summary>
    public static PrognosticFactor ByKey(string key) =>
        All.FirstOrDefault(f => string.Equals(f.Key, key, StringComparison.Ordinal))
        ?? throw new ArgumentException($"No Table 2 factor '{key}'.", nameof(key));

    private static PrognosticFactor Dichotomy(string key, string label, CutPoint cut, Func<CohortRecord, double?> value, bool exposureUpper, string assumption) =>
        new(
            key,
            label,
            $"{cut.LowerLabel} vs {cut.UpperLabel}",
            FactorCoding.Binary,
            [cut.LowerLabel, cut.UpperLabel],
            exposureUpper ? 1 : 0,
            p => value(p) is { } v ? cut.Classify(v) : null,
            assumption);
}
