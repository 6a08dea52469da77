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

/// <summary>
/// Generators of records that obey the dictionary (ranges, choices, required fields), built field by field from
/// <see cref="CohortFields.All"/> and read through the generated reader, so a new dictionary field needs no change here.
/// </summary>
internal static class CohortGen
{
    public static Gen<CohortRecord[]> Cohort() =>
        Row().ListOf().Select(rows =>
        {
            var text = new System.Text.StringBuilder(CohortCsv.Header).Append('\n');
            var id = 1;
            foreach (var row in rows)
            {
                row[0] = (id++).ToString(System.Globalization.CultureInfo.InvariantCulture);
                text.Append(string.Join(',', row)).Append('\n');
            }

            return CohortCsv.Parse(text.ToString(), "generated.csv").Records.ToArray();
        });

    private static Gen<string[]> Row() => Gen.CollectToArray(CohortFields.All, Cell);

    private static Gen<string> Cell(Runtime.FieldDescription field)
    {
        var value = field.Kind switch
        {
            Runtime.FieldKind.Integer => Gen.Choose((int)(field.Min ?? 0), (int)(field.Max ?? 1000)).Select(Invariant),
            Runtime.FieldKind.Number => Number(field.Min ?? 0, field.Max ?? 1000).Select(v => v.ToString("R", System.Globalization.CultureInfo.InvariantCulture)),
            Runtime.FieldKind.Categorical or Runtime.FieldKind.Boolean => Gen.Elements(field.Levels.Select(l => l.ExportCode).ToArray()),
            Runtime.FieldKind.Date => Gen.Choose(0, 3650).Select(d => new DateOnly(2005, 1, 1).AddDays(d).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            _ => Gen.Elements("a", "text", "two words"),
        };
        return field.Required ? value : Gen.Frequency((1, Gen.Constant(string.Empty)), (4, value));
    }

    private static string Invariant(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Full-precision doubles in [lo, hi], with the round numbers and bounds that data holds.</summary>
    private static Gen<double> Number(double lo, double hi) => Gen.OneOf(
        Gen.Choose(0, int.MaxValue).Select(i => lo + ((hi - lo) * i / int.MaxValue)),
        Gen.Choose((int)lo * 10, (int)hi * 10).Select(i => i / 10.0),
        Gen.Elements(lo, hi));
}
