using SmnpcRepro.Generators.Tests.Infrastructure;

namespace SmnpcRepro.Generators.Tests;

/// <summary>Several dictionaries in one build: one record type each, and a categorical field with the same choices shares one enum.</summary>
public sealed class MultipleDictionaryTests
{
    private static readonly (string Path, string Text) Cohort = ("data/cohort.dictionary.csv", Dictionary.Create()
        .Field("record_id", "text", "Patient ID", validation: "integer", required: true)
        .Field("sex", "radio", "Gender", choices: "1, Male | 2, Female", required: true)
        .ToString());

    private static readonly (string Path, string Text) Followup = ("data/followup.dictionary.csv", Dictionary.Create()
        .Field("record_id", "text", "Patient ID", validation: "integer", required: true)
        .Field("sex", "radio", "Sex", choices: "1, Male | 2, Female")
        .Field("visit_on", "text", "Visit date", validation: "date_ymd")
        .ToString());

    [Fact]
    public void Each_dictionary_is_a_record_type_and_equal_choices_share_one_enum()
    {
        var result = GeneratorHarness.Run(Followup, Cohort);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(["Cohort.g.cs", "Followup.g.cs"], result.GeneratedSources.Select(s => s.HintName).Order(StringComparer.Ordinal));
        var cohort = result.GeneratedSources.Single(s => s.HintName == "Cohort.g.cs").SourceText.ToString();
        var followup = result.GeneratedSources.Single(s => s.HintName == "Followup.g.cs").SourceText.ToString();
        Assert.Contains("public enum Sex", cohort, StringComparison.Ordinal);
        Assert.DoesNotContain("public enum Sex", followup, StringComparison.Ordinal);
        Assert.DoesNotContain("class FollowupLabels", followup, StringComparison.Ordinal);
        Assert.Contains("global::Demo.Data.Sex? Sex", followup, StringComparison.Ordinal);
    }

    [Fact]
    public void Both_records_compile_together_against_the_runtime()
    {
        var result = GeneratorHarness.Run(Followup, Cohort);

        var problems = GeneratorHarness.CompileProblems(result, """
            namespace Use;
            using Demo.Data;
            public static class Both
            {
                public static string Labels(CohortRecord c, FollowupRecord f) => c.Sex?.Label() + f.Sex?.Label() + FollowupFields.Sex.LabelWithUnit;
            }
            """);

        Assert.True(problems.IsEmpty, GeneratorHarness.Render(problems));
    }

    [Fact]
    public void The_owner_of_a_shared_enum_does_not_depend_on_the_order_of_the_files()
    {
        var one = GeneratorHarness.Sources(GeneratorHarness.Run(Cohort, Followup));
        var other = GeneratorHarness.Sources(GeneratorHarness.Run(Followup, Cohort));

        Assert.Equal(one, other);
    }
}
