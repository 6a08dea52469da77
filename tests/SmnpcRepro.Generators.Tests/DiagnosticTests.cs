using Microsoft.CodeAnalysis;
using SmnpcRepro.Generators.Tests.Infrastructure;

namespace SmnpcRepro.Generators.Tests;

/// <summary>Every SMNPC diagnostic: its id, severity, place in the dictionary and message, as the build prints them.</summary>
public sealed class DiagnosticTests
{
    public static TheoryData<string> Cases => DiagnosticCases.Names();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Diagnostic_is_reported_at_the_cell_with_its_fix(string name)
    {
        var result = GeneratorHarness.Run(DiagnosticCases.All[name]);

        var id = name[..8];
        Assert.NotEmpty(result.Diagnostics);
        Assert.All(result.Diagnostics, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
        Assert.Contains(result.Diagnostics, d => d.Id == id);
        Assert.Empty(result.GeneratedSources);
        Snapshots.Match(GeneratorHarness.Render(result.Diagnostics.OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal)), typeof(DiagnosticTests), name);
    }

    public static TheoryData<string> WarningCases => DiagnosticCases.WarningNames();

    [Theory]
    [MemberData(nameof(WarningCases))]
    public void Warning_is_reported_at_the_cell_and_the_dictionary_still_generates(string name)
    {
        var result = GeneratorHarness.Run(DiagnosticCases.Warnings[name]);

        var id = name[..8];
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal((id, DiagnosticSeverity.Warning), (warning.Id, warning.Severity));
        Assert.Single(result.GeneratedSources);
        Assert.Empty(GeneratorHarness.CompileProblems(result));
        Snapshots.Match(GeneratorHarness.Render(result.Diagnostics), typeof(DiagnosticTests), name);
    }

    [Fact]
    public void Every_descriptor_has_a_case_errors_among_the_errors_and_warnings_among_the_warnings()
    {
        var errors = DiagnosticCases.All.Keys.Select(k => k[..8]).ToHashSet();
        var warnings = DiagnosticCases.Warnings.Keys.Select(k => k[..8]).ToHashSet();

        foreach (var d in Diagnostics.Descriptors)
        {
            Assert.Contains(d.Id, d.DefaultSeverity == DiagnosticSeverity.Error ? errors : warnings);
        }
    }

    [Fact]
    public void Valid_dictionary_has_no_diagnostics_at_all()
    {
        var result = GeneratorHarness.Run(("data/demo.dictionary.csv", SampleDictionaries.Demo()));

        Assert.Empty(result.Diagnostics);
        Assert.Single(result.GeneratedSources);
    }

    [Fact]
    public void Descriptive_fields_are_skipped()
    {
        var result = GeneratorHarness.Run(("data/demo.dictionary.csv", SampleDictionaries.Demo()));

        Assert.DoesNotContain("Intro", result.GeneratedSources.Single().SourceText.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\n", false)]
    [InlineData("\r\n", false)]
    [InlineData("\r\n", true)]
    public void Positions_count_lines_and_columns_as_an_editor_does(string newline, bool bom)
    {
        // Row 2 has a label over two lines, so the bad row is on line 4; its type cell starts at column 11.
        var text = Dictionary.Create()
            .Field("record_id", "text", "Patient\nID", validation: "integer", required: true)
            .Field("age", "textbox", "Age")
            .ToString()
            .Replace("\n", newline, StringComparison.Ordinal);
        text = (bom ? "\uFEFF" : string.Empty) + text;

        var d = Assert.Single(GeneratorHarness.Run(("data/study.dictionary.csv", text)).Diagnostics);

        Assert.Equal("SMNPC002", d.Id);
        var span = d.Location.GetLineSpan();
        Assert.Equal((3, 10), (span.StartLinePosition.Line, span.StartLinePosition.Character));
        Assert.Equal((3, 17), (span.EndLinePosition.Line, span.EndLinePosition.Character));
        Assert.Equal("data/study.dictionary.csv", span.Path);
        Assert.Equal("textbox", text.Substring(d.Location.SourceSpan.Start, d.Location.SourceSpan.Length));
    }

    [Fact]
    public void Header_positions_ignore_a_bom()
    {
        var text = "\uFEFF" + Dictionary.Create().ToString();

        var d = Assert.Single(GeneratorHarness.Run(("data/study.dictionary.csv", text)).Diagnostics);

        Assert.Equal("SMNPC010", d.Id);
        Assert.Equal(0, d.Location.GetLineSpan().StartLinePosition.Character);
    }
}
