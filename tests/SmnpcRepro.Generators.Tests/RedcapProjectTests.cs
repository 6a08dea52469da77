using SmnpcRepro.Generators.Tests.Infrastructure;

namespace SmnpcRepro.Generators.Tests;

/// <summary>
/// What real REDCap projects hold, in small dictionaries: every field type and text validation, text
/// choice codes, checkboxes, dictionaries that code one field differently, fields named like BCL types,
/// and the AdditionalFiles metadata that names, places and tightens a dictionary.
/// </summary>
public sealed class RedcapProjectTests
{
    private static Dictionary Valid() => Dictionary.Create().Field("record_id", "text", "Record ID", required: true);

    [Fact]
    public void Every_field_type_and_validation_generates_its_csharp_type()
    {
        var dictionary = Valid()
            .Field("symptoms", "checkbox", "Symptoms", choices: "1, Pain | 2, Weakness | 99, Other")
            .Field("scan", "file", "Scan")
            .Field("sig", "file", "Signature", validation: "signature")
            .Field("site", "sql", "Site", choices: "select id, name from sites")
            .Field("seen", "text", "Seen", validation: "date_dmy", min: "2020-01-01")
            .Field("at", "text", "At", validation: "datetime_seconds_mdy", min: "today")
            .Field("clock", "text", "Clock", validation: "time")
            .Field("lap", "text", "Lap", validation: "time_mm_ss")
            .Field("bmi", "text", "BMI", validation: "number_1dp_comma_decimal", min: "10,5", max: "60")
            .Field("mail", "text", "E-mail", validation: "email")
            .Field("zip", "text", "Zip", validation: "postalcode_canada")
            .Field("smoker", "radio", "Smoker", choices: "y, Yes | n, No | 9..9, Unknown")
            .ToString();

        var result = GeneratorHarness.Run(("data/demo.dictionary.csv", dictionary));

        Assert.Empty(result.Diagnostics);
        var source = result.GeneratedSources.Single().SourceText.ToString();
        Assert.Contains("global::Demo.Data.Symptoms? Symptoms,", source, StringComparison.Ordinal);
        Assert.Contains("[global::System.Flags]\npublic enum Symptoms : long", source, StringComparison.Ordinal);
        Assert.Contains("string? Scan,", source, StringComparison.Ordinal);
        Assert.Contains("string? Sig,", source, StringComparison.Ordinal);
        Assert.Contains("string? Site,", source, StringComparison.Ordinal);
        Assert.Contains("global::System.DateOnly? Seen,", source, StringComparison.Ordinal);
        Assert.Contains("global::System.DateTime? At,", source, StringComparison.Ordinal);
        Assert.Contains("global::System.TimeOnly? Clock,", source, StringComparison.Ordinal);
        Assert.Contains("double? Bmi,", source, StringComparison.Ordinal);
        Assert.Contains("string? Mail,", source, StringComparison.Ordinal);
        Assert.Contains("Unknown = 3,", source, StringComparison.Ordinal);
        Assert.Contains("global::Demo.Data.Smoker.Unknown => \"9..9\",", source, StringComparison.Ordinal);
        Assert.Contains("symptoms___1,symptoms___2,symptoms___99", source, StringComparison.Ordinal);
        Assert.Contains("10.5d,", source, StringComparison.Ordinal); // the comma-decimal bound, invariant
        Assert.Empty(GeneratorHarness.CompileProblems(result));
    }

    [Fact]
    public void A_field_coded_differently_in_two_dictionaries_gets_a_type_per_dictionary()
    {
        (string, string) cohort = ("data/cohort.dictionary.csv", Valid().Field("sex", "radio", "Sex", choices: "1, Male | 2, Female", required: true).ToString());
        (string, string) demo = ("data/demo.dictionary.csv", Valid().Field("sex", "radio", "Sex", choices: "0, Female | 1, Male").ToString());

        var result = GeneratorHarness.Run(demo, cohort);

        Assert.Empty(result.Diagnostics);
        var sources = GeneratorHarness.Sources(result);
        Assert.Contains("public enum Sex\n", sources, StringComparison.Ordinal);
        Assert.Contains("public enum DemoSex\n", sources, StringComparison.Ordinal);
        Assert.Contains("global::Demo.Data.DemoSex? Sex", sources, StringComparison.Ordinal);
        Assert.Empty(GeneratorHarness.CompileProblems(result));
        Assert.Equal(sources, GeneratorHarness.Sources(GeneratorHarness.Run(cohort, demo)));
    }

    [Fact]
    public void A_field_named_like_a_BCL_type_does_not_hide_it_from_the_runtime_namespace()
    {
        var dictionary = Valid()
            .Field("file", "dropdown", "File", choices: "1, A | 2, B")
            .Field("math", "radio", "Math", choices: "1, A")
            .Field("environment", "checkbox", "Environment", choices: "1, A")
            .ToString();

        var result = GeneratorHarness.Run("SmnpcRepro.Cohort", ("data/demo.dictionary.csv", dictionary));

        Assert.Empty(result.Diagnostics);
        // Usings at the top of the file, as the runtime's implicit global usings are: an enum File in
        // SmnpcRepro.Cohort would be found before them from any namespace inside SmnpcRepro.Cohort.
        var problems = GeneratorHarness.CompileProblems(result, """
            using System;
            using System.IO;
            namespace SmnpcRepro.Cohort.Runtime.Probe;
            public static class UsesTheBcl
            {
                public static string Use(SmnpcRepro.Cohort.DemoRecord r) =>
                    File.Exists("x") + Math.Max(1, 2).ToString(System.Globalization.CultureInfo.InvariantCulture) + Environment.NewLine + r.File + r.Math + r.Environment;
            }
            """);
        Assert.True(problems.IsEmpty, GeneratorHarness.Render(problems));
        Assert.Contains("public enum DemoFile", GeneratorHarness.Sources(result), StringComparison.Ordinal);
    }

    [Fact]
    public void Metadata_names_a_dictionary_puts_it_in_a_namespace_and_makes_it_strict()
    {
        var text = Valid().Field("sex", "radio", "Sex", choices: "0, Female | 1, Male", required: true).ToString();
        var metadata = new Dictionary<string, string> { ["SmnpcName"] = "Trial", ["SmnpcNamespace"] = "Demo.Trial", ["SmnpcStrict"] = "true" };

        var result = GeneratorHarness.RunWithMetadata("Demo.Data", ("shared/TrialDataDictionary.csv", text, metadata));

        Assert.Empty(result.Diagnostics);
        var source = result.GeneratedSources.Single().SourceText.ToString();
        Assert.Contains("namespace Demo.Trial;", source, StringComparison.Ordinal);
        Assert.Contains("public sealed partial record TrialRecord(", source, StringComparison.Ordinal);
        Assert.Contains("global::Demo.Trial.Sex Sex);", source, StringComparison.Ordinal);
        Assert.Contains("strict: true", source, StringComparison.Ordinal);
        Assert.Empty(GeneratorHarness.CompileProblems(result));
    }

    [Fact]
    public void The_api_metadata_header_reads_with_NA_as_empty()
    {
        const string api = "\"field_name\",\"form_name\",\"section_header\",\"field_type\",\"field_label\",\"select_choices_or_calculations\",\"field_note\",\"text_validation_type_or_show_slider_number\",\"text_validation_min\",\"text_validation_max\",\"identifier\",\"branching_logic\",\"required_field\",\"custom_alignment\",\"question_number\",\"matrix_group_name\",\"matrix_ranking\",\"field_annotation\"\n"
            + "\"record_id\",\"main\",NA,\"text\",\"Record ID\",NA,NA,NA,NA,NA,NA,NA,NA,NA,NA,NA,NA,NA\n"
            + "\"age\",\"main\",NA,\"text\",\"Age\",NA,\"years\",\"integer\",\"0\",NA,NA,NA,NA,NA,NA,NA,NA,NA\n";

        var result = GeneratorHarness.Run(("data/api.dictionary.csv", api));

        Assert.Empty(result.Diagnostics);
        var source = result.GeneratedSources.Single().SourceText.ToString();
        Assert.Contains("int? Age);", source, StringComparison.Ordinal);
        Assert.DoesNotContain("\"NA\"", source, StringComparison.Ordinal);
    }

    [Fact]
    public void Labels_that_give_one_member_name_are_told_apart_by_their_codes()
    {
        var result = GeneratorHarness.Run(("data/demo.dictionary.csv", Valid().Field("where", "radio", "Where", choices: "1, Other | 2, other | 3, Home").ToString()));

        Assert.Empty(result.Diagnostics);
        var source = result.GeneratedSources.Single().SourceText.ToString();
        Assert.Contains("Other = 1,", source, StringComparison.Ordinal);
        Assert.Contains("Other_2 = 2,", source, StringComparison.Ordinal);
    }
}
