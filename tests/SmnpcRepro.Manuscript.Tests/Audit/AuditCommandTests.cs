
namespace SmnpcRepro.Manuscript.Tests.Audit;

/// <summary>`smnpc audit` end to end: exit codes, the one-line summaries, and bad input leaving the report alone.</summary>
public sealed class AuditCommandTests : IDisposable
{
    /// <summary>A made-up paper with one table row and one block whose prints all agree.</summary>
    private const string ConsistentPaper = """
        meta:
          n_patients: {printed: '10', value: 10}
          p_significance: {printed: P values ≤0.05, value: 0.05}
          p_entry_multivariate: {printed: P value ≤0.10, value: 0.1}
        table1:
          characteristics:
            sex:
              label: Sex
              source: Table 1
              levels:
              - {key: m, label: Male, count: {printed: '4'}, percent: {printed: '40'}}
              - {key: f, label: Female, count: {printed: '6'}, percent: {printed: '60'}}
        table2:
          note: {printed: '*P ≤ 0.05'}
          rows:
            sex:
              label: Sex
              comparison: Male vs Female
              source: Table 2
              univariate: {printed: '2.000(0.751, 5.329)', p_printed: '0.166'}
        text:
          results: []
        """;

    private readonly string _root = Directory.CreateTempSubdirectory("smnpc-audit-").FullName;

    private string Published => Path.Combine(_root, "published.yaml");

    private string Report => Path.Combine(_root, "out", "audit.md");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void The_real_paper_has_certain_errors_so_the_exit_code_is_1()
    {
        File.Copy(RepositoryPaths.Data("published.yaml"), Published);
        var (code, output, error) = Audit();
        Assert.True(code == 1, error);
        Assert.Contains("certain errors: 7", output, StringComparison.Ordinal);
        Assert.Contains("likely errors: ", output, StringComparison.Ordinal);
        Assert.Contains("ambiguities: ", output, StringComparison.Ordinal);
        Assert.Contains("consistent checks: ", output, StringComparison.Ordinal);
        Assert.Contains("# Audit of the published numbers", File.ReadAllText(Report), StringComparison.Ordinal);
    }

    [Fact]
    public void A_paper_without_certain_errors_exits_0_and_one_with_a_wrong_percentage_exits_1()
    {
        File.WriteAllText(Published, ConsistentPaper);
        var (code, output, error) = Audit();
        Assert.True(code == 0, error + output);
        Assert.Contains("certain errors: 0", output, StringComparison.Ordinal);

        // 4 of 10 printed as 45%: 100 × 4/10 = 40.
        File.WriteAllText(Published, ConsistentPaper.Replace("printed: '40'", "printed: '45'", StringComparison.Ordinal));
        Assert.Equal(1, Audit().Code);
        Assert.Contains("100 × 4/10 = 40.0", File.ReadAllText(Report), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_bad_input()
    {
        var (code, output, error) = Audit();
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("published.yaml: error: the file does not exist.", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Report));
    }

    [Fact]
    public void Invalid_yaml_names_file_line_and_column_and_leaves_the_report_as_it_was()
    {
        File.WriteAllText(Published, ConsistentPaper);
        Assert.Equal(0, Audit().Code);
        var before = File.ReadAllBytes(Report);

        File.WriteAllText(Published, "meta:\n  n_patients: 'unterminated\n");
        var (code, _, error) = Audit();
        Assert.Equal(2, code);
        Assert.Contains($"{Published}(2,", error, StringComparison.Ordinal);
        Assert.Contains("The report was not changed.", error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(Report));
    }

    [Fact]
    public void A_missing_path_or_an_unreadable_print_is_bad_input()
    {
        File.WriteAllText(Published, ConsistentPaper.Replace("  p_significance: {printed: P values ≤0.05, value: 0.05}\n", string.Empty, StringComparison.Ordinal));
        var (code, _, error) = Audit();
        Assert.Equal(2, code);
        Assert.Contains("meta.p_significance", error, StringComparison.Ordinal);

        File.WriteAllText(Published, ConsistentPaper.Replace("p_printed: '0.166'", "p_printed: 'n.s.'", StringComparison.Ordinal));
        (code, _, error) = Audit();
        Assert.Equal(2, code);
        Assert.Contains("table2.rows.sex.univariate", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_template_is_bad_input()
    {
        File.WriteAllText(Published, ConsistentPaper);
        var (code, _, error) = Audit(templates: _root);
        Assert.Equal(2, code);
        Assert.Contains("audit.md.scriban", error, StringComparison.Ordinal);
    }

    private (int Code, string Output, string Error) Audit(string? templates = null)
    {
        return CliRunner.Run(["audit", "--published", Published, "--out", Report, "--templates", templates ?? RepositoryPaths.Templates]);
    }
}
