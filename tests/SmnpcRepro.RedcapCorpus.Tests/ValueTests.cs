using System.Globalization;

namespace SmnpcRepro.RedcapCorpus.Tests;

/// <summary>Spot values of the corpus, read as REDCap exports them and checked against the file by eye (line and column in each comment).</summary>
public sealed class ValueTests
{
    [Fact]
    public void Longitudinal_rows_carry_event_arm_and_checkbox_sets()
    {
        var set = RedcaprLongitudinalCsv.Read(Corpus.File("redcapr/longitudinal/data.csv"));
        var first = set.Records[0];

        // line 2: study_id 100, enrollment_arm_1, gym___0 = 1 (Monday), meds___2 = 1 (Celexa)
        Assert.Equal(("100", "enrollment_arm_1", (int?)1), (first.StudyId, first.RedcapEventName, first.RedcapArm));
        Assert.Equal(Gym.Monday, first.Gym);
        Assert.Equal(Meds.Celexa, first.Meds);
        Assert.Equal("Celexa", Meds.Celexa.Label());
        Assert.Equal("2", Meds.Celexa.Code());
    }

    [Fact]
    public void Comma_decimals_datetimes_times_and_text_checkbox_codes_read_as_exported()
    {
        var comma = RedcaprDecimalCommaCsv.Read(Corpus.File("redcapr/decimal-comma/data.csv")).Records[0];
        Assert.Equal((1.54, 52.3), (comma.Height, comma.Weight)); // line 2: "1,54","52,3"

        var row = RedcapapiExtdataCsv.Read(Corpus.File("redcapapi/extdata-data.csv")).Records[0];
        Assert.Equal(new DateOnly(2023, 2, 24), row.DateDmy); // date_dmy exported 2023-02-24
        Assert.Equal(new DateTime(2023, 2, 24, 12, 40, 50, DateTimeKind.Unspecified), row.DatetimeDmyHms);
        Assert.Equal(new TimeOnly(0, 2, 45), row.TimeMmss); // time_mm_ss 02:45
        Assert.Equal((PrereqCheckbox)0, row.PrereqCheckbox); // every prereq_checkbox___* is 0
        Assert.Equal("ABC", PrereqCheckbox.CheckboxABC.Code());
        Assert.Equal(
            "prereq_checkbox___1,prereq_checkbox___2,prereq_checkbox___abc,prereq_checkbox___4",
            string.Join(',', RedcapapiExtdataCsv.Header.Split(',').Where(c => c.StartsWith("prereq_checkbox", StringComparison.Ordinal))));
    }

    [Fact]
    public void Text_choice_codes_are_typed_choices_with_their_codes_kept()
    {
        // RareLink codes its choices with ontology ids: the enum's members come from the labels, its values
        // are positions, and Code() gives the exported code back.
        var level = RarelinkFields.All.First(f => f.Levels.Any(l => l.ExportCode.StartsWith("snomedct_", StringComparison.Ordinal))).Levels[0];
        Assert.StartsWith("snomedct_", level.ExportCode, StringComparison.Ordinal);
        Assert.Equal(1, level.Code);
        Assert.Equal(48, RarelinkFields.All.Count(f => f.Kind == Cohort.Runtime.FieldKind.Categorical));
    }

    [Fact]
    public void A_field_coded_differently_gets_a_type_per_dictionary_and_the_cohort_keeps_its_own()
    {
        Assert.Equal([1, 2], Enum.GetValues<Sex>().Select(v => (int)v)); // the cohort's Sex: 1 Male, 2 Female
        Assert.Equal("Male", Sex.Male.Label());
        Assert.Equal([0, 1], Enum.GetValues<RedcaprLongitudinalSex>().Select(v => (int)v)); // 0 Female, 1 Male
        Assert.Equal(typeof(RedcaprLongitudinalSex), typeof(RedcaprLongitudinalRecord).GetProperty("Sex")!.PropertyType.GetGenericArguments()[0]);
        Assert.Equal(typeof(Sex), typeof(CohortRecord).GetProperty("Sex")!.PropertyType); // strict: required stays non-nullable
    }

    [Fact]
    public void Every_dictionary_of_the_corpus_generated_beside_the_cohort()
    {
        string[] prefixes =
        [
            "Cohort", "RedcaprSimple", "RedcaprSimpleApi", "RedcaprLongitudinal", "RedcaprRepeating", "RedcaprValidationTypes",
            "RedcaprSurvey", "RedcaprClinicalTrial", "RedcaprProblematic", "RedcaprNonnumericId", "RedcaprDecimalComma",
            "RedcapapiTest", "RedcapapiExtdata", "RsvcProject1", "Rarelink",
        ];
        var assembly = typeof(ValueTests).Assembly;
        foreach (var prefix in prefixes)
        {
            Assert.NotNull(assembly.GetType(typeof(ValueTests).Namespace + "." + prefix + "Record"));
            Assert.NotNull(assembly.GetType(typeof(ValueTests).Namespace + "." + prefix + "Csv"));
        }
    }

    [Fact]
    public void The_api_metadata_and_the_dictionary_download_of_one_project_generate_the_same_fields()
    {
        // simple/metadata.csv is the API form (snake_case header, R's NA for empty cells) of simple/dictionary.csv,
        // fetched from a later version of the project in which 'age' became a calc field (hence not the kind).
        static string Describe(Cohort.Runtime.FieldDescription f) => string.Create(CultureInfo.InvariantCulture,
            $"{f.Name} {f.Label} {f.Unit} {f.Required} {f.Validation} {string.Join('|', f.Levels.Select(l => l.ExportCode + "=" + l.Label))}");

        Assert.Equal(RedcaprSimpleFields.All.Select(Describe), RedcaprSimpleApiFields.All.Select(Describe));
        Assert.Equal(("Text", "Number"), (RedcaprSimpleFields.Age.Kind.ToString(), RedcaprSimpleApiFields.Age.Kind.ToString()));
        Assert.DoesNotContain(RedcaprSimpleApiFields.All, f => f.Unit == "NA" || f.Validation == "NA" || f.Annotation == "NA");
    }
}
