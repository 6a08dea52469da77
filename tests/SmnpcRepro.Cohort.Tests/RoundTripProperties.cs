using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace SmnpcRepro.Cohort.Tests;

/// <summary>Random valid cohorts: whatever the writer writes, the reader reads back to equal records, and writing again gives the same text.</summary>
public sealed class RoundTripProperties
{
    [Property(MaxTest = 200)]
    public Property Written_records_read_back_equal() =>
        Prop.ForAll(Arb.From(CohortGen.Cohort()), records =>
        {
            var text = CohortCsv.Write(records);
            var back = CohortCsv.Parse(text, "random.csv").Records;
            return back.SequenceEqual(records) && CohortCsv.Write(back) == text;
        });

    [Property(MaxTest = 100)]
    public Property Utf8_and_text_readers_agree() =>
        Prop.ForAll(Arb.From(CohortGen.Cohort()), records =>
        {
            var text = CohortCsv.Write(records);
            return CohortCsv.ParseUtf8(System.Text.Encoding.UTF8.GetBytes(text), "utf8.csv").Records.SequenceEqual(CohortCsv.Parse(text, "text.csv").Records);
        });

    [Property(MaxTest = 100)]
    public Property Label_export_of_random_records_reads_back_equal() =>
        Prop.ForAll(Arb.From(CohortGen.Cohort()), records =>
        {
            var labelled = CohortCsv.Write(records).Split('\n').Select((line, i) => i == 0 || line.Length == 0 ? line : ToLabels(line));
            return CohortCsv.Parse(string.Join('\n', labelled), "labels.csv").Records.SequenceEqual(records);
        });

    /// <summary>Replaces each categorical or yes/no code by its label, as REDCap's label export writes it.</summary>
    private static string ToLabels(string line)
    {
        var cells = line.Split(',');
        for (var i = 0; i < cells.Length; i++)
        {
            var field = CohortFields.All[i];
            if (field.Levels.Count > 0 && cells[i].Length > 0)
            {
                cells[i] = Runtime.CsvCell.Quote(field.LevelLabel(int.Parse(cells[i], System.Globalization.CultureInfo.InvariantCulture)));
            }
        }

        return string.Join(',', cells);
    }
}

/// <summary>Generators of records that obey the dictionary (ranges, choices, required fields).</summary>
internal static class CohortGen
{
    public static Gen<CohortRecord[]> Cohort() =>
        Record().ListOf().Select(list => list.Select((r, i) => r with { RecordId = i + 1 }).ToArray());

    private static Gen<CohortRecord> Record() =>
        from sex in Enum<Sex>()
        from age in Gen.Choose(18, 100)
        from pathology in Enum<Pathology>()
        from kps in Gen.Choose(0, 100)
        from frankel in Enum<FrankelPreop>()
        from visceral in Enum<VisceralMets>()
        from level in Enum<SpineLevel>()
        from number in Enum<SpineMetsNumber>()
        from timing in Enum<MetastasisTiming>()
        from mit in Number(0, 600)
        from hb in Optional(Number(3, 25))
        from alb in Optional(Number(5, 70))
        from ldh in Optional(Number(0, 10000))
        from alp in Optional(Number(0, 10000))
        from ki67 in Optional(Gen.Choose(0, 100))
        from option in Enum<SurgicalOption>()
        from loss in Gen.Choose(0, 20000)
        from time in Gen.Choose(0, 1440)
        from os in Number(0, 600)
        from death in Gen.Elements(true, false)
        select new CohortRecord(0, sex, age, pathology, kps, frankel, visceral, level, number, timing, mit, hb, alb, ldh, alp, ki67, option, loss, time, os, death);

    private static Gen<T> Enum<T>()
        where T : struct, Enum => Gen.Elements(System.Enum.GetValues<T>());

    /// <summary>Full-precision doubles in [lo, hi], with the round numbers and bounds that data holds.</summary>
    private static Gen<double> Number(double lo, double hi) => Gen.OneOf(
        Gen.Choose(0, int.MaxValue).Select(i => lo + ((hi - lo) * i / int.MaxValue)),
        Gen.Choose((int)lo * 10, (int)hi * 10).Select(i => i / 10.0),
        Gen.Elements(lo, hi));

    private static Gen<double?> Optional(Gen<double> gen) =>
        Gen.Frequency((1, Gen.Constant<double?>(null)), (4, gen.Select(v => (double?)v)));

    private static Gen<int?> Optional(Gen<int> gen) =>
        Gen.Frequency((1, Gen.Constant<int?>(null)), (4, gen.Select(v => (int?)v)));
}
