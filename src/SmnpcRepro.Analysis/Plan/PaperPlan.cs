using SmnpcRepro.Analysis.Codings;
using SmnpcRepro.Analysis.Factors;

namespace SmnpcRepro.Analysis.Plan;

/// <summary>
/// The paper's own analysis plan, as published: its fifteen Table 2 factors (Table 2's row order), Table 1's
/// blocks, cut-points, codings and exposures. It is the design the reconstruction reconstructs (the published
/// aggregates are of this plan, whatever a study's <c>data/study.yaml</c> later says) and the baseline the
/// reproduction report measures a study's plan against, naming every departure. The committed
/// <c>data/study.yaml</c> declares the same plan; a test keeps the two equal for the frozen settings.
/// Every HR the paper prints is above 1, i.e. each factor is oriented with the worse group as exposure; where
/// the text does not say which group fares worse, the choice is an <see cref="FactorPlan.Assumption"/>.
/// </summary>
public static class PaperPlan
{
    /// <summary>The plan, as data.</summary>
    public static AnalysisPlan Declared { get; } = new(
    [
        new("gender", "sex", "Gender")
        {
            Exposure = "Male",
            Comparison = "Male vs Female",
            InText = "sex",
            Assumption = "The paper does not say which sex fares worse; male is taken as exposure (male predominance and worse outcome in the NPC literature it cites).",
        },
        new("age", "age", "Age (yrs)")
        {
            Cut = new CutPoint(46, CutPointSide.LowerInclusive),
            Exposure = "upper",
            InText = "age",
            Assumption = "The paper does not say which age group fares worse; >46 years is taken as exposure.",
            Table1 = new Table1Plan { Mean = true },
        },
        new("pathology", "pathology", "Pathology type")
        {
            Exposure = "Differentiated",
            Comparison = "Di vs UD",
            InText = "pathology type",
            Abbreviations = [new("Di", "differentiated"), new("UD", "undifferentiated")],
            Assumption = "The Introduction says undifferentiated (WHO type III) tumours have the better prognosis, so differentiated is the exposure.",
        },
        new("kps_preop", "kps_preop", "Preoperative KPS")
        {
            Cut = new CutPoint(80, CutPointSide.LowerStrict),
            Exposure = "lower",
            InText = "preoperative KPS",
            Abbreviations = [new("KPS", "Karnofsky’s performance scale")],
        },
        new("frankel_preop", "frankel_preop", "Preoperative FS")
        {
            Groups = [new("A, B, C", ["A", "B", "C"]), new("D, E", ["D", "E"])],
            Exposure = "A, B, C",
            Comparison = "A,B,C/D,E",
            InText = "preoperative Frankel score",
            FigureSubject = "preoperative FS",
            Abbreviations = [new("FS", "Frankel score")],
            Table1 = null,
        },
        new("visceral_mets", "visceral_mets", "Visceral metastasis")
        {
            Coding = FactorCoding.Ordinal,
            Comparison = "N vs S vs M",
            InText = "number of visceral metastasis",
            FigureSubject = "visceral metastasis",
            Abbreviations = [new("N", "none"), new("S", "single"), new("M", "multiple")],
        },
        new("spine_level", "spine_level", "Metastatic level")
        {
            Groups = [new("Cervical", ["Cervical"]), new("Thoracic", ["Thoracic"]), new("Lumbar/sacrum", ["Lumbar", "Sacrum"])],
            Coding = FactorCoding.Ordinal,
            Comparison = "C vs T vs L",
            InText = "metastatic level",
            Abbreviations = [new("C", "cervical"), new("T", "thoracic"), new("L", "lumbar")],
            Assumption = "The comparison names three levels (C, T, L); the one sacral lesion of Table 1 is scored with the lumbar level.",
        },
        new("spine_mets_count", "spine_mets_number", "Count of SMNPC")
        {
            Exposure = "Multiple",
            Comparison = "S vs M",
            InText = "number of spine metastasis",
            Abbreviations = [new("SMNPC", "spinal metastases of nasopharyngeal carcinoma")],
            Table1 = new Table1Plan { PaperKey = "spine_mets_number" },
        },
        new("mit", "mit", "MIT")
        {
            Cut = new CutPoint(12, CutPointSide.LowerStrict),
            Exposure = "lower",
            InText = "MIT",
            Abbreviations = [new("MIT", "metastasis interval time")],
            Assumption = "The paper does not say which MIT group fares worse; <12 months is taken as exposure (the literature it cites finds short intervals worse).",
        },
        new("hb", "hb", "Hb (g/dL)")
        {
            Cut = new CutPoint(11, CutPointSide.LowerStrict),
            Exposure = "lower",
            InText = "Hb",
            Abbreviations = [new("Hb", "hemoglobin")],
            Assumption = "The Discussion cites Hb <11 g/dL as a poor-prognosis marker; <11 is the exposure.",
        },
        new("alb", "alb", "ALB (g/L)")
        {
            Cut = new CutPoint(40, CutPointSide.LowerStrict),
            Exposure = "lower",
            InText = "ALB",
            Abbreviations = [new("ALB", "albumin")],
            Assumption = "The Discussion cites ALB <40 g/L as a poor-prognosis marker; <40 is the exposure.",
        },
        new("ldh", "ldh", "LDH (IU/L)")
        {
            Cut = new CutPoint(245, CutPointSide.LowerStrict),
            Exposure = "upper",
            InText = "LDH",
            Abbreviations = [new("LDH", "lactic dehydrogenase")],
            Assumption = "The Discussion cites LDH ≥245 IU/L as a poor-prognosis marker; ≥245 is the exposure.",
        },
        new("alp", "alp", "ALP (IU/L)")
        {
            Cut = new CutPoint(110, CutPointSide.LowerStrict),
            Exposure = "upper",
            InText = "ALP",
            Abbreviations = [new("ALP", "alkaline phosphatase")],
            Assumption = "The Discussion cites high ALP as a poor-prognosis marker; ≥110 is the exposure.",
        },
        new("ki67", "ki67", "Ki67")
        {
            Cut = new CutPoint(30, CutPointSide.LowerStrict, "%"),
            Exposure = "upper",
            InText = "Ki67",
        },
        new("surgical_option", "surgical_option", "Surgical option")
        {
            Coding = FactorCoding.Ordinal,
            Comparison = "E vs P vs D/S",
            InText = "treatment pattern",
            FigureSubject = "surgical option",
            Abbreviations = [new("E", "total en bloc"), new("P", "total piecemeal"), new("D/S", "debulking/subtotal")],
            // The paper's Table 1 calls the surgical option "Treatment" and abbreviates each level with "+A" (all
            // patients also had adjuvant therapy).
            Table1 = new Table1Plan { Label = "Treatment", PaperKey = "treatment", LevelKeys = ["e_a", "p_a", "d_a"], LevelLabels = ["E+A", "P+A", "D+A"] },
        },
    ],
    ["visceral_mets", "frankel_preop", "surgical_option"]);

    /// <summary>The paper's cut-point of the measured variable <paramref name="key"/>.</summary>
    public static CutPoint CutOf(string key) =>
        Declared.Factors.FirstOrDefault(f => string.Equals(f.Key, key, StringComparison.Ordinal))?.Cut
        ?? throw new ArgumentException($"The paper's plan has no cut-point for '{key}'.", nameof(key));

    /// <summary>The plan compiled against the cohort's dictionary.</summary>
    public static CompiledPlan Compiled { get; } = PlanCompiler.Compile(Declared);
}
