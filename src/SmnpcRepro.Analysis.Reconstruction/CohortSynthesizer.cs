using System.Globalization;
using SmnpcRepro.Analysis.Codings;
using SmnpcRepro.Analysis.Plan;
using SmnpcRepro.Analysis.Tables;
using SmnpcRepro.Cohort;
using SmnpcRepro.Cohort.Runtime;
using SmnpcRepro.Survival.Sampling;

namespace SmnpcRepro.Analysis.Reconstruction;

/// <summary>
/// Makes a synthetic 30-patient cohort from the published aggregates, seeded and re-runnable: every
/// Table 1 count, the deaths, the synchronous count, the printed ranges, the age mean, the MIT median and
/// the group means of blood loss and operation time hold exactly; measured values fall on the right side
/// of each cut-point. Survival times come from a rough proportional-hazards draw (the reconstruction
/// issue fits them to the paper's survival results). Same seed, same cohort, on any machine.
/// </summary>
public static class CohortSynthesizer
{
    /// <summary>The seed of the committed <c>data/cohort.csv</c>.</summary>
    public const ulong DefaultSeed = 20190815;

    /// <summary>
    /// Preoperative Frankel grades A–E. The paper never prints their distribution (only that Figure 5
    /// splits A,B,C vs D,E), so this is an assumption: 9 of 30 with A–C, stated in data/README.md.
    /// </summary>
    public static IReadOnlyList<int> AssumedFrankelCounts { get; } = [1, 2, 6, 12, 9];

    /// <summary>Generates the cohort for <paramref name="targets"/> from <paramref name="seed"/>.</summary>
    /// <exception cref="InvalidDataException">The targets are inconsistent (e.g. counts not summing to n).</exception>
    public static IReadOnlyList<CohortRecord> Generate(SynthesisTargets targets, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(targets);
        var rng = new SplitMix64(seed);
        var n = targets.Patients;

        var sex = Assign(ref rng, targets, "gender");
        var ageGroup = Assign(ref rng, targets, "age");
        var pathology = Assign(ref rng, targets, "pathology");
        var kpsGroup = Assign(ref rng, targets, "kps_preop");
        var visceral = Assign(ref rng, targets, "visceral_mets");
        var level = Assign(ref rng, targets, "spine_level");
        var spineNumber = Assign(ref rng, targets, "spine_mets_number");
        var mitGroup = Assign(ref rng, targets, "mit");
        var hbGroup = Assign(ref rng, targets, "hb");
        var albGroup = Assign(ref rng, targets, "alb");
        var ldhGroup = Assign(ref rng, targets, "ldh");
        var alpGroup = Assign(ref rng, targets, "alp");
        var ki67Group = Assign(ref rng, targets, "ki67");
        var surgery = Assign(ref rng, targets, "treatment");
        var timing = Shuffled(ref rng, [targets.Synchronous, n - targets.Synchronous], n, "metastasis_timing");
        var frankel = Shuffled(ref rng, AssumedFrankelCounts, n, "frankel_preop");

        var age = WholeNumbersWithMean(ref rng, ageGroup, PaperPlan.CutOf("age"), targets.AgeMin, targets.AgeMax, targets.AgeMean);
        var kps = new int[n];
        int[] lowKps = [40, 50, 60, 70], highKps = [80, 90, 100];
        for (var i = 0; i < n; i++)
        {
            kps[i] = kpsGroup[i] == 0 ? lowKps[rng.NextInt(0, 3)] : highKps[rng.NextInt(0, 2)];
        }

        var mit = MitWithMedian(ref rng, mitGroup, targets);
        var hb = Measured(ref rng, hbGroup, 8.0, 15.5, 0.1, PaperPlan.CutOf("hb"));
        var alb = Measured(ref rng, albGroup, 28.0, 48.0, 0.1, PaperPlan.CutOf("alb"));
        var ldh = Measured(ref rng, ldhGroup, 120, 600, 1, PaperPlan.CutOf("ldh"));
        var alp = Measured(ref rng, alpGroup, 40, 400, 1, PaperPlan.CutOf("alp"));
        var ki67 = Measured(ref rng, ki67Group, 5, 90, 1, PaperPlan.CutOf("ki67"));
        var bloodLoss = GroupSums(ref rng, surgery, targets.BloodLoss, 100, 6000);
        var operationTime = GroupSums(ref rng, surgery, targets.OperationTime, 60, 720);
        var (time, death) = SurvivalTimes(ref rng, visceral, frankel, surgery, targets);

        // The record is built field by field, by the dictionary's field names, and read back through the generated
        // reader: a field the reconstruction has no target for stays empty (a missing value, or the reader's error
        // naming the field when the dictionary requires it), so a new dictionary field never needs C# here.
        var columns = new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            [CohortFields.RecordId.Name] = Cells(n, i => Invariant(i + 1)),
            [CohortFields.Sex.Name] = Cells(n, i => ExportCode(CohortFields.Sex, sex[i])),
            [CohortFields.Age.Name] = Cells(n, i => Invariant(age[i])),
            [CohortFields.Pathology.Name] = Cells(n, i => ExportCode(CohortFields.Pathology, pathology[i])),
            [CohortFields.KpsPreop.Name] = Cells(n, i => Invariant(kps[i])),
            [CohortFields.FrankelPreop.Name] = Cells(n, i => ExportCode(CohortFields.FrankelPreop, frankel[i])),
            [CohortFields.VisceralMets.Name] = Cells(n, i => ExportCode(CohortFields.VisceralMets, visceral[i])),
            [CohortFields.SpineLevel.Name] = Cells(n, i => ExportCode(CohortFields.SpineLevel, level[i])),
            [CohortFields.SpineMetsNumber.Name] = Cells(n, i => ExportCode(CohortFields.SpineMetsNumber, spineNumber[i])),
            [CohortFields.MetastasisTiming.Name] = Cells(n, i => ExportCode(CohortFields.MetastasisTiming, timing[i])),
            [CohortFields.Mit.Name] = Cells(n, i => Invariant(mit[i])),
            [CohortFields.Hb.Name] = Cells(n, i => Invariant(hb[i])),
            [CohortFields.Alb.Name] = Cells(n, i => Invariant(alb[i])),
            [CohortFields.Ldh.Name] = Cells(n, i => Invariant(ldh[i])),
            [CohortFields.Alp.Name] = Cells(n, i => Invariant(alp[i])),
            [CohortFields.Ki67.Name] = Cells(n, i => Invariant(ki67[i])),
            [CohortFields.SurgicalOption.Name] = Cells(n, i => ExportCode(CohortFields.SurgicalOption, surgery[i])),
            [CohortFields.BloodLoss.Name] = Cells(n, i => Invariant(bloodLoss[i])),
            [CohortFields.OperationTime.Name] = Cells(n, i => Invariant(operationTime[i])),
            [CohortFields.OsMonths.Name] = Cells(n, i => Invariant(time[i])),
            [CohortFields.Death.Name] = Cells(n, i => death[i] ? "1" : "0"),
        };
        var records = SyntheticRecords.Read(columns, n);
        CheckTable1(records, targets);
        return records;
    }

    private static string ExportCode(FieldDescription field, int levelIndex) => field.Levels[levelIndex].ExportCode;

    private static string[] Cells(int n, Func<int, string> cell) => Enumerable.Range(0, n).Select(cell).ToArray();

    private static string Invariant(double? value) => value is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : string.Empty;

    private static int[] Assign(ref SplitMix64 rng, SynthesisTargets targets, string block) =>
        Shuffled(ref rng, targets.Table1Counts[block], targets.Patients, block);

    private static int[] Shuffled(ref SplitMix64 rng, IReadOnlyList<int> counts, int n, string what)
    {
        if (counts.Sum() != n)
        {
            throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"The published counts of '{what}' sum to {counts.Sum()}, not to the {n} patients."));
        }

        var levels = new int[n];
        var at = 0;
        for (var level = 0; level < counts.Count; level++)
        {
            for (var k = 0; k < counts[level]; k++)
            {
                levels[at++] = level;
            }
        }

        rng.Shuffle(levels.AsSpan());
        return levels;
    }

    /// <summary>Whole numbers on the right side of the cut-point, with the range's ends present and the given mean.</summary>
    private static int[] WholeNumbersWithMean(ref SplitMix64 rng, int[] group, CutPoint cut, int min, int max, double mean)
    {
        var n = group.Length;
        var lowTop = cut.Side == CutPointSide.LowerInclusive ? (int)cut.Threshold : (int)Math.Ceiling(cut.Threshold) - 1;
        int Lo(int g) => g == 0 ? min : lowTop + 1;
        int Hi(int g) => g == 0 ? lowTop : max;
        var values = new int[n];
        for (var i = 0; i < n; i++)
        {
            values[i] = rng.NextInt(Lo(group[i]), Hi(group[i]));
        }

        var minAt = Array.IndexOf(group, 0);
        var maxAt = Array.IndexOf(group, 1);
        values[minAt] = min;
        values[maxAt] = max;
        var target = (int)Math.Round(mean * n, MidpointRounding.AwayFromZero);
        var guard = 0;
        while (values.Sum() != target)
        {
            if (++guard > 100_000)
            {
                throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"No whole numbers in {min}–{max} have mean {mean} with these group sizes."));
            }

            var i = rng.NextInt(0, n - 1);
            if (i == minAt || i == maxAt)
            {
                continue;
            }

            var step = values.Sum() < target ? 1 : -1;
            if (values[i] + step >= Lo(group[i]) && values[i] + step <= Hi(group[i]))
            {
                values[i] += step;
            }
        }

        return values;
    }

    /// <summary>MIT in months (2 decimals): the printed range and median, on the right side of 12 months.</summary>
    private static double[] MitWithMedian(ref SplitMix64 rng, int[] group, SynthesisTargets targets)
    {
        var n = group.Length;
        var cut = PaperPlan.CutOf("mit").Threshold;
        var lower = group.Count(g => g == 0);
        var k1 = (n / 2) - 1;
        if (n % 2 != 0 || lower > k1 || targets.MitMedian < cut)
        {
            throw new InvalidDataException("The printed MIT median does not fall among the ≥12-month patients; this synthesizer cannot place it.");
        }

        const double half = 0.5;
        var belowMedian = targets.MitMedian - half;
        var aboveMedian = targets.MitMedian + half;
        var upper = new List<int>();
        var values = new double[n];
        for (var i = 0; i < n; i++)
        {
            if (group[i] == 0)
            {
                values[i] = rng.NextInt(0, (int)(cut * 100) - 1) / 100.0;
            }
            else
            {
                upper.Add(i);
            }
        }

        values[Array.IndexOf(group, 0)] = targets.MitMin;
        // Upper group in rank order: (k1 − lower) values below the median pair, the pair, the rest above.
        var belowCount = k1 - lower;
        for (var r = 0; r < upper.Count; r++)
        {
            var i = upper[r];
            values[i] = r < belowCount
                ? rng.NextInt((int)(cut * 100), (int)(belowMedian * 100)) / 100.0
                : r == belowCount ? Math.Round(belowMedian, 2)
                : r == belowCount + 1 ? Math.Round(aboveMedian, 2)
                : r == upper.Count - 1 ? targets.MitMax
                : rng.NextInt((int)Math.Ceiling(aboveMedian * 100), (int)(targets.MitMax * 100)) / 100.0;
        }

        return values;
    }

    /// <summary>Values on a grid of <paramref name="step"/> in [lo, hi], each on its group's side of the cut-point.</summary>
    private static double?[] Measured(ref SplitMix64 rng, int[] group, double lo, double hi, double step, CutPoint cut)
    {
        var grid = (int)Math.Round(1 / step);
        var values = new double?[group.Length];
        for (var i = 0; i < group.Length; i++)
        {
            var from = group[i] == 0 ? lo : cut.Threshold;
            var to = group[i] == 0 ? cut.Threshold - step : hi;
            var v = rng.NextInt((int)Math.Round(from * grid), (int)Math.Round(to * grid)) / (double)grid;
            values[i] = cut.Classify(v) == group[i] ? v : throw new InvalidOperationException("value drawn on the wrong side of its cut-point");
        }

        return values;
    }

    /// <summary>Whole numbers per surgical group whose mean prints as the published mean.</summary>
    private static int[] GroupSums(ref SplitMix64 rng, int[] surgery, IReadOnlyList<GroupMean> means, int min, int max)
    {
        var values = new int[surgery.Length];
        for (var g = 0; g < means.Count; g++)
        {
            var members = Enumerable.Range(0, surgery.Length).Where(i => surgery[i] == g).ToArray();
            var m = means[g];
            if (members.Length != m.N)
            {
                throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"Group '{m.Group}' has {members.Length} patients in Table 1 but the text gives its mean over {m.N}."));
            }

            var target = (int)Math.Round(m.Mean * m.N, MidpointRounding.AwayFromZero);
            var decimals = m.Printed.Contains('.', StringComparison.Ordinal) ? m.Printed.Length - m.Printed.IndexOf('.', StringComparison.Ordinal) - 1 : 0;
            var printed = Math.Round(target / (double)m.N, decimals, MidpointRounding.AwayFromZero).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
            if (!string.Equals(printed, m.Printed, StringComparison.Ordinal))
            {
                throw new InvalidDataException($"No whole numbers over {m.N} patients have the printed mean {m.Printed} of group '{m.Group}'.");
            }

            foreach (var i in members)
            {
                values[i] = rng.NextInt((int)(m.Mean * 0.5), (int)(m.Mean * 1.5));
            }

            while (members.Sum(i => values[i]) != target)
            {
                var i = members[rng.NextInt(0, members.Length - 1)];
                var gap = target - members.Sum(j => values[j]);
                var step = Math.Clamp(gap, -25, 25);
                if (values[i] + step >= min && values[i] + step <= max)
                {
                    values[i] += step;
                }
            }
        }

        return values;
    }

    /// <summary>
    /// Rough survival: exponential times whose log-hazard rises with visceral metastases, Frankel A–C and
    /// less radical surgery (the paper's direction of effect); the published deaths exactly; the observed
    /// times spanning the printed range (shortest and longest are the printed ends).
    /// </summary>
    private static (double[] Time, bool[] Death) SurvivalTimes(ref SplitMix64 rng, int[] visceral, int[] frankel, int[] surgery, SynthesisTargets targets)
    {
        var n = visceral.Length;
        var eventTime = new double[n];
        var censorTime = new double[n];
        const double baselineMedian = 20.0;
        for (var i = 0; i < n; i++)
        {
            var logHazard = (0.9 * (visceral[i] - 1)) + (1.5 * ((frankel[i] <= 2 ? 1 : 0) - 0.3)) + (0.8 * (surgery[i] - 1));
            var rate = Math.Log(2) / baselineMedian * Math.Exp(logHazard);
            eventTime[i] = -Math.Log(1 - rng.NextDouble()) / rate;
            censorTime[i] = targets.TimeMin + (rng.NextDouble() * (targets.TimeMax - targets.TimeMin));
        }

        // Deaths: the patients whose event comes earliest relative to their censoring, exactly as many as published.
        var order = Enumerable.Range(0, n).OrderBy(i => eventTime[i] / censorTime[i]).ThenBy(i => i).ToArray();
        var death = new bool[n];
        var time = new double[n];
        for (var r = 0; r < n; r++)
        {
            var i = order[r];
            death[i] = r < targets.Deaths;
            var t = death[i] ? Math.Min(eventTime[i], censorTime[i]) : censorTime[i];
            time[i] = Math.Round(Math.Clamp(t, targets.TimeMin, targets.TimeMax), 2);
        }

        var shortest = Enumerable.Range(0, n).OrderBy(i => time[i]).ThenBy(i => i).First();
        var longest = Enumerable.Range(0, n).OrderByDescending(i => time[i]).ThenBy(i => i).First();
        time[shortest] = targets.TimeMin;
        time[longest] = targets.TimeMax;
        return (time, death);
    }

    private static void CheckTable1(IReadOnlyList<CohortRecord> records, SynthesisTargets targets)
    {
        var table = Table1.Build(records);
        foreach (var block in table.Blocks)
        {
            var expected = targets.Table1Counts[block.PaperKey];
            var actual = block.Levels.Select(l => l.Count).ToArray();
            if (!expected.SequenceEqual(actual))
            {
                throw new InvalidOperationException($"Synthesized Table 1 block '{block.Key}' has counts {string.Join("/", actual)}, not the published {string.Join("/", expected)}.");
            }
        }
    }
}
