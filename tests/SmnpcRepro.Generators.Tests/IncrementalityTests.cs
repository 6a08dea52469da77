using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SmnpcRepro.Generators.Tests.Infrastructure;

namespace SmnpcRepro.Generators.Tests;

/// <summary>
/// The generator does work only when a dictionary changes: an unrelated edit or a data-file edit leaves
/// every tracked step cached, and a dictionary edit re-runs only what that dictionary feeds.
/// </summary>
public sealed class IncrementalityTests
{
    private static readonly string[] TrackedSteps = typeof(DataDictionaryGenerator.Steps)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToArray();

    private static readonly IncrementalStepRunReason[] Untouched = [IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged];

    [Fact]
    public void Unrelated_source_change_leaves_every_step_cached()
    {
        var (driver, compilation) = FirstRun(Dictionary("cohort"), Data());

        driver = driver.RunGenerators(compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Unrelated { }", GeneratorHarness.ParseOptions)));

        AssertUntouched(driver.GetRunResult().Results.Single());
    }

    [Fact]
    public void Editing_the_data_csv_never_reruns_the_generator()
    {
        var data = Data();
        var (driver, compilation) = FirstRun(Dictionary("cohort"), data);

        driver = driver.ReplaceAdditionalText(data, new InMemoryAdditionalText(data.Path, "record_id,sex\n1,2\n2,1\n"));
        driver = driver.RunGenerators(compilation);

        AssertUntouched(driver.GetRunResult().Results.Single());
    }

    [Fact]
    public void Editing_the_dictionary_reruns_it_and_changes_the_output()
    {
        var dictionary = Dictionary("cohort");
        var (driver, compilation) = FirstRun(dictionary, Data());
        var before = driver.GetRunResult().Results.Single().GeneratedSources.Single().SourceText.ToString();

        var edited = dictionary.GetText()!.ToString().Replace(",Gender,", ",\"Sex at birth\",", StringComparison.Ordinal);
        driver = driver.ReplaceAdditionalText(dictionary, new InMemoryAdditionalText(dictionary.Path, edited));
        driver = driver.RunGenerators(compilation);

        var result = driver.GetRunResult().Results.Single();
        // A replaced file is a new input to the pipeline: its steps run again (New or Modified), nothing is cached.
        Assert.Contains(Outputs(result, DataDictionaryGenerator.Steps.Parsed), r => !Untouched.Contains(r));
        Assert.Contains(Outputs(result, DataDictionaryGenerator.Steps.Plans), r => !Untouched.Contains(r));
        var after = result.GeneratedSources.Single().SourceText.ToString();
        Assert.NotEqual(before, after);
        Assert.Contains("Sex at birth", after, StringComparison.Ordinal);
    }

    [Fact]
    public void Editing_one_dictionary_leaves_the_other_dictionarys_output_alone()
    {
        var cohort = Dictionary("cohort");
        var followup = Dictionary("followup", withSex: false);
        var (driver, compilation) = FirstRun(cohort, followup);

        var edited = followup.GetText()!.ToString().Replace("\"Patient ID\"", "\"Study number\"", StringComparison.Ordinal);
        driver = driver.ReplaceAdditionalText(followup, new InMemoryAdditionalText(followup.Path, edited));
        driver = driver.RunGenerators(compilation);

        var result = driver.GetRunResult().Results.Single();
        var plans = Outputs(result, DataDictionaryGenerator.Steps.Plans);
        Assert.Equal(2, plans.Count);
        Assert.Single(plans, r => !Untouched.Contains(r));
        Assert.Single(plans, r => Untouched.Contains(r));
    }

    private static (GeneratorDriver Driver, Compilation Compilation) FirstRun(params AdditionalText[] files)
    {
        var compilation = GeneratorHarness.CreateCompilation("namespace App { class Program { } }");
        var driver = GeneratorHarness.CreateDriver(files).RunGenerators(compilation);
        var first = driver.GetRunResult().Results.Single();
        Assert.Empty(first.Diagnostics);
        Assert.NotEmpty(first.GeneratedSources);
        return (driver, compilation);
    }

    private static void AssertUntouched(GeneratorRunResult result)
    {
        Assert.Null(result.Exception);
        foreach (var step in TrackedSteps)
        {
            Assert.True(result.TrackedSteps.ContainsKey(step), "step " + step + " was not tracked");
            foreach (var reason in Outputs(result, step))
            {
                Assert.True(Untouched.Contains(reason), "step " + step + " output was " + reason);
            }
        }

        foreach (var output in result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs))
        {
            Assert.True(Untouched.Contains(output.Reason), "source output was " + output.Reason);
        }
    }

    private static List<IncrementalStepRunReason> Outputs(GeneratorRunResult result, string step) =>
        result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();

    private static InMemoryAdditionalText Dictionary(string name, bool withSex = true)
    {
        var d = Infrastructure.Dictionary.Create().Field("record_id", "text", "Patient ID", validation: "integer", required: true);
        if (withSex)
        {
            d.Field("sex", "radio", "Gender", choices: "1, Male | 2, Female", required: true);
        }

        return new InMemoryAdditionalText("data/" + name + ".dictionary.csv", d.ToString());
    }

    private static InMemoryAdditionalText Data() => new("data/cohort.csv", "record_id,sex\n1,1\n");
}
