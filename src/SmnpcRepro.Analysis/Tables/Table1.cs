using System.Globalization;
using SmnpcRepro.Analysis.Codings;
using SmnpcRepro.Cohort;
using SmnpcRepro.Cohort.Runtime;

namespace SmnpcRepro.Analysis.Tables;

/// <summary>
/// Builds Table 1 from the typed cohort: counts per level, in the paper's row order, with labels taken
/// from the data dictionary (field labels, units, choice labels) and the paper's cut-points.
/// </summary>
public static class Table1
{
    /// <summary>The paper's Table 1 for <paramref name="cohort"/>.</summary>
    public static Table1Result Build(IReadOnlyList<CohortRecord> cohort)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        var meanAge = cohort.Count == 0 ? double.NaN : cohort.Average(p => (double)p.Age);
        Table1Block[] blocks =
        [
            Categorical("gender", CohortFields.Sex, cohort, p => (int)p.Sex),
            Dichotomy("age", CohortFields.Age, cohort, p => p.Age, PaperCutPoints.Age, new Table1Summary("mean", meanAge, PaperCutPoints.Age.Threshold)),
            Categorical("pathology", CohortFields.Pathology, cohort, p => (int)p.Pathology),
            Dichotomy("kps_preop", CohortFields.KpsPreop, cohort, p => p.KpsPreop, PaperCutPoints.Kps),
            Categorical("visceral_mets", CohortFields.VisceralMets, cohort, p => (int)p.VisceralMets),
            Categorical("spine_level", CohortFields.SpineLevel, cohort, p => (int)p.SpineLevel),
            Categorical("spine_mets_number", CohortFields.SpineMetsNumber, cohort, p => (int)p.SpineMetsNumber),
            Dichotomy("mit", CohortFields.Mit, cohort, p => p.Mit, PaperCutPoints.Mit),
            Dichotomy("hb", CohortFields.Hb, cohort, p => p.Hb, PaperCutPoints.Hb),
            Dichotomy("alb", CohortFields.Alb, cohort, p => p.Alb, PaperCutPoints.Alb),
            Dichotomy("ldh", CohortFields.Ldh, cohort, p => p.Ldh, PaperCutPoints.Ldh),
            Dichotomy("alp", CohortFields.Alp, cohort, p => p.Alp, PaperCutPoints.Alp),
            Dichotomy("ki67", CohortFields.Ki67, cohort, p => p.Ki67, PaperCutPoints.Ki67),
            // The paper's Table 1 calls the surgical option "Treatment" and abbreviates each level with
            // "+A" (all patients also had adjuvant therapy): E+A, P+A, D+A.
            Categorical("treatment", CohortFields.SurgicalOption, cohort, p => (int)p.SurgicalOption,
                label: "Treatment", levelKeys: ["e_a", "p_a", "d_a"], levelLabels: ["E+A", "P+A", "D+A"]),
        ];
        return new Table1Result(cohort.Count, blocks);
    }

    private static Table1Block Categorical(
        string key,
        FieldDescription field,
        IReadOnlyList<CohortRecord> cohort,
        Func<CohortRecord, int?> code,
        string? label = null,
        string[]? levelKeys = null,
        string[]? levelLabels = null)
    {
        var counts = new int[field.Levels.Count];
        var missing = 0;
        foreach (var patient in cohort)
        {
            var c = code(patient);
            var index = -1;
            for (var i = 0; i < field.Levels.Count && c is not null; i++)
            {
                if (field.Levels[i].Code == c)
                {
                    index = i;
                }
            }

            if (index < 0)
            {
                missing++;
            }
            else
            {
                counts[index]++;
            }
        }

        var levels = new Table1Level[counts.Length];
        for (var i = 0; i < counts.Length; i++)
        {
            var levelLabel = levelLabels?[i] ?? field.Levels[i].Label;
            var levelKey = levelKeys?[i] ?? field.Levels[i].Label.ToLowerInvariant();
            levels[i] = new Table1Level(levelKey, levelLabel, counts[i]);
        }

        return new Table1Block(key, label ?? field.LabelWithUnit, null, levels, missing);
    }

    private static Table1Block Dichotomy(
        string key,
        FieldDescription field,
        IReadOnlyList<CohortRecord> cohort,
        Func<CohortRecord, double?> value,
        CutPoint cut,
        Table1Summary? summary = null)
    {
        int lower = 0, upper = 0, missing = 0;
        foreach (var patient in cohort)
        {
            if (value(patient) is not { } v)
            {
                missing++;
            }
            else if (cut.Classify(v) == 0)
            {
                lower++;
            }
            else
            {
                upper++;
            }
        }

        var n = cut.Threshold.ToString("0.##", CultureInfo.InvariantCulture);
        var lowerKey = (cut.Side == CutPointSide.LowerStrict ? "lt" : "le") + n;
        var upperKey = (cut.Side == CutPointSide.LowerStrict ? "ge" : "gt") + n;
        // A unit that the paper writes on the level labels (Ki67 "<30%") is not repeated in the header.
        var label = cut.Suffix.Length > 0 ? field.Label : field.LabelWithUnit;
        return new Table1Block(
            key,
            label,
            summary,
            [new Table1Level(lowerKey, cut.LowerLabel, lower), new Table1Level(upperKey, cut.UpperLabel, upper)],
            missing);
    }
}
