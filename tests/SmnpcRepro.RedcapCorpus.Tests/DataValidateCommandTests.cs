using System.Globalization;
using System.Text.Json.Nodes;
using SmnpcRepro.Cli.Commands;

namespace SmnpcRepro.RedcapCorpus.Tests;

/// <summary>
/// <c>smnpc data validate</c> on every export of the corpus: without compiling, it says what the generated
/// reader says — the same counts, the same warnings, the same errors at the same file, line and column —
/// with exit code 0 when the export reads and 2 when it does not.
/// </summary>
public sealed class DataValidateCommandTests
{
    public static TheoryData<string> Every => Exports.All();

    [Theory]
    [MemberData(nameof(Every))]
    public void Validate_says_what_the_generated_reader_says(string export)
    {
        var (summary, errors) = Exports.Try(export);

        var (code, stdout, _) = Run("data", "validate", "--dictionary", Corpus.File(Exports.DictionaryOf[export]), "--data", Corpus.File(export), "--json");

        var json = JsonNode.Parse(stdout)!;
        Assert.Equal(summary is null ? 2 : 0, code);
        Assert.Equal(summary is not null, (bool)json["reads"]!);
        if (summary is null)
        {
            var reported = json["errors"]!.AsArray().Select(e => string.Create(CultureInfo.InvariantCulture,
                $"{Relative((string)e!["file"]!)}({(int)e["line"]!}{((int)e["column"]! > 0 ? "," + ((int)e["column"]!).ToString(CultureInfo.InvariantCulture) : string.Empty)})"));
            Assert.Equal(errors.Split('\n').Select(l => l[..(l.IndexOf("): ", StringComparison.Ordinal) + 1)]), reported);
            return;
        }

        Assert.Equal(summary.Facts, new ExportFacts((int)json["rows"]!, (int)json["records"]!, (int)json["events"]!, (int)json["repeatInstances"]!));
        Assert.Equal(summary.Warnings.Select(w => (w.Field, w.Rule, w.Count, w.FirstLine)),
            json["warnings"]!.AsArray().Select(w => ((string)w!["field"]!, (string)w["rule"]!, (int)w["count"]!, (int)w["firstLine"]!)));
    }

    [Fact]
    public void The_text_report_names_the_counts_and_each_warning_by_line()
    {
        var data = Corpus.File("redcap-rsvc/B316800100_W_REPEATS.csv");

        var (code, stdout, stderr) = Run("data", "validate", "--dictionary", Corpus.File("redcap-rsvc/Project1xml_DataDictionary.csv"), "--data", data);

        Assert.Equal(0, code);
        Assert.Empty(stderr);
        Assert.Contains($"{data}: reads: 2 rows, 1 record, 1 event, 2 repeat instances (52 fields of ", stdout, StringComparison.Ordinal);
        Assert.Contains($"{data}(2): warning: column 'required': is required but empty (2 values)", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_go_to_standard_error_as_file_line_column_with_exit_code_2()
    {
        var data = Corpus.File("redcapr/simple/data.csv");

        var (code, stdout, stderr) = Run("data", "validate", "--dictionary", Corpus.File("redcapr/simple/dictionary.csv"), "--data", data);

        Assert.Equal(2, code);
        Assert.Empty(stdout);
        Assert.StartsWith($"{data}(2,9): error: column 'sex' value 'FALSE': is not one of the field's choices: 0 (Female), 1 (Male)", stderr, StringComparison.Ordinal);
        Assert.Contains($"{data}: does not read (5 errors).", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Strict_applies_the_study_rules_and_the_cohort_passes_them()
    {
        var cohort = Path.Combine(Corpus.Repository, "data");

        var (code, stdout, _) = Run("data", "validate", "--dictionary", Path.Combine(cohort, "cohort.dictionary.csv"), "--data", Path.Combine(cohort, "cohort.csv"), "--strict", "--json");
        var (repeatsCode, _, repeatsErrors) = Run("data", "validate", "--dictionary", Corpus.File("redcap-rsvc/Project1xml_DataDictionary.csv"), "--data", Corpus.File("redcap-rsvc/B316800100_W_REPEATS.csv"), "--strict");

        Assert.Equal(0, code);
        Assert.Equal(30, (int)JsonNode.Parse(stdout)!["records"]!);
        // This import file holds 3 of the project's 52 fields: an optional column may be absent (its values are
        // missing), strict or not, as REDCap imports and exports field subsets; strict, the one required field is not.
        Assert.Equal(2, repeatsCode);
        Assert.Contains("W_REPEATS.csv(1): error: column 'required' value '': the header has no column 'required' (or its label 'Required'), a required field", repeatsErrors, StringComparison.Ordinal);
        Assert.DoesNotContain("the header has no column 'ptname'", repeatsErrors, StringComparison.Ordinal);
        Assert.Contains("does not read (1 errors).", repeatsErrors, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_dictionary_is_reported_as_the_build_would_report_it()
    {
        var dictionary = Path.Combine(Path.GetTempPath(), "smnpc-validate-" + Guid.NewGuid().ToString("N") + ".dictionary.csv");
        File.WriteAllText(dictionary, "\"Variable / Field Name\",\"Field Type\"\nrecord_id,text\n");
        try
        {
            var (code, _, stderr) = Run("data", "validate", "--dictionary", dictionary, "--data", Corpus.File("redcapr/simple/data.csv"));

            Assert.Equal(2, code);
            Assert.Contains("(1,1): error SMNPC001: The data dictionary has no column 'Field Label'", stderr, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(dictionary);
        }
    }

    [Fact]
    public void A_missing_file_is_bad_input()
    {
        var (code, _, stderr) = Run("data", "validate", "--dictionary", "no-such.dictionary.csv", "--data", "no-such.csv");

        Assert.Equal(2, code);
        Assert.Equal("no-such.dictionary.csv: error: the file does not exist.", stderr.Trim());
    }

    private static string Relative(string path) =>
        path.Replace(Corpus.Root + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal);

    private static (int Code, string Out, string Error) Run(params string[] args)
    {
        using var stdout = new StringWriter(CultureInfo.InvariantCulture);
        using var stderr = new StringWriter(CultureInfo.InvariantCulture);
        var code = SmnpcApp.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
