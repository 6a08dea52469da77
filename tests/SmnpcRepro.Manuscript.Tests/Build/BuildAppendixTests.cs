
namespace SmnpcRepro.Manuscript.Tests.Build;

/// <summary>`smnpc build` writes the robustness appendix, with the bootstrap's resamples from <c>--bootstrap</c>.</summary>
public sealed class BuildAppendixTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("smnpc-appendix-").FullName;

    public BuildAppendixTests()
    {
        StudyCopy.Into(_root);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Writes_the_appendix_its_html_and_figures_with_the_requested_resamples()
    {
        StudyCopy.Set(_root, "bootstrap_resamples", "40");
        var (code, output, error) = Build();
        Assert.True(code == 0, error);
        var folder = Path.Combine(_root, "manuscript");
        var appendix = File.ReadAllText(Path.Combine(folder, AppendixBuilder.MarkdownDocument));
        Assert.Contains("re-run on 40 bootstrap resamples", appendix, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(folder, AppendixBuilder.HtmlDocument)));
        var shown = System.Text.RegularExpressions.Regex.Matches(appendix, @"figures/(schoenfeld-[a-z0-9-]+)\.svg").Select(m => m.Groups[1].Value).ToArray();
        Assert.All(shown, stem => Assert.True(File.Exists(Path.Combine(folder, "figures", stem + ".svg")) && File.Exists(Path.Combine(folder, "figures", stem + ".png")), stem));
        Assert.Contains("40 bootstrap resamples", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Bootstrap of the selection rule [", error, StringComparison.Ordinal); // no bar when stderr is not the terminal
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    public void Refuses_fewer_than_one_resample(string resamples)
    {
        StudyCopy.Set(_root, "bootstrap_resamples", resamples);
        var (code, _, error) = Build();
        Assert.Equal(2, code);
        var line = File.ReadAllLines(Path.Combine(_root, "data", "study.yaml")).ToList().FindIndex(l => l.StartsWith("  bootstrap_resamples:", StringComparison.Ordinal)) + 1;
        Assert.Contains($"study.yaml({line},24): error: 'bootstrap_resamples' value '{resamples}' must be a whole number from 1 to", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_root, "manuscript", AppendixBuilder.MarkdownDocument)));
    }

    private (int Code, string Output, string Error) Build(params string[] extra)
    {
        return CliRunner.Run(["build", "--data", Path.Combine(_root, "data"), "--manuscript", Path.Combine(_root, "manuscript"), .. extra]);
    }
}
