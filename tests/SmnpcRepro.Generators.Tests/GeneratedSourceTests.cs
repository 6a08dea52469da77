using SmnpcRepro.Generators.Tests.Infrastructure;

namespace SmnpcRepro.Generators.Tests;

/// <summary>The generated source, snapshotted as plain text a reviewer can diff, and proof that it compiles cleanly.</summary>
public sealed class GeneratedSourceTests
{
    private const string UserCode = """
        using Demo.Data;
        using SmnpcRepro.Cohort.Runtime;

        public static class Usage
        {
            public static string Use()
            {
                CohortDataSet<DemoRecord> set = DemoCsv.Parse(DemoCsv.Header + "\n", "demo.csv");
                FieldDescription weight = DemoFields.Weight;
                string label = Sex.Female.Label() + AgeGroup._60OrOlder.Label() + AgeGroup.Code3.Label();
                DemoRecord? first = set.Records.Count > 0 ? set.Records[0] : null;
                System.DateOnly? day = first?.EnrolledOn;
                bool? smoker = first?.Smoker;
                int? pain = first?.Pain;
                return DemoCsv.Write(set.Records) + weight.LabelWithUnit + label + day + smoker + pain + DemoFields.All.Count;
            }
        }
        """;

    [Fact]
    public void Representative_dictionary_generates_this_source()
    {
        var result = GeneratorHarness.Run(("data/demo.dictionary.csv", SampleDictionaries.Demo()));

        Assert.Empty(result.Diagnostics);
        Snapshots.Match(GeneratorHarness.Sources(result), typeof(GeneratedSourceTests));
    }

    [Fact]
    public void Representative_dictionary_compiles_against_the_runtime_without_warnings()
    {
        var result = GeneratorHarness.Run(("data/demo.dictionary.csv", SampleDictionaries.Demo()));

        var problems = GeneratorHarness.CompileProblems(result, UserCode);

        Assert.True(problems.IsEmpty, GeneratorHarness.Render(problems));
    }

    [Fact]
    public void Real_cohort_dictionary_compiles_without_warnings()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "cohort.dictionary.csv"));

        var result = GeneratorHarness.Run(("data/cohort.dictionary.csv", text));

        var problems = GeneratorHarness.CompileProblems(result);
        Assert.True(problems.IsEmpty, GeneratorHarness.Render(problems));
    }

    [Fact]
    public void Crlf_and_bom_dictionary_generates_the_same_source_as_lf()
    {
        var lf = SampleDictionaries.Demo();
        var crlfBom = "\uFEFF" + lf.Replace("\n", "\r\n", StringComparison.Ordinal);

        var expected = GeneratorHarness.Sources(GeneratorHarness.Run(("data/demo.dictionary.csv", lf)));
        var actual = GeneratorHarness.Run(("data/demo.dictionary.csv", crlfBom));

        Assert.Empty(actual.Diagnostics);
        // The one multi-line label keeps its CRLF inside the string literal; everything else is identical.
        Assert.Equal(expected.Replace("Comment,\\nfree text", "Comment,\\r\\nfree text", StringComparison.Ordinal), GeneratorHarness.Sources(actual));
    }
}
