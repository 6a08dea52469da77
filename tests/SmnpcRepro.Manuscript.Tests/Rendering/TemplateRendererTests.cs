using SmnpcRepro.Manuscript.Rendering;

namespace SmnpcRepro.Manuscript.Tests.Rendering;

public sealed class TemplateRendererTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("smnpc-templates-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_variable_the_model_lacks_fails_instead_of_printing_nothing()
    {
        File.WriteAllText(Path.Combine(_folder, "t.scriban"), "HR {{ hazard_ratio }}");
        var e = Assert.Throws<TemplateException>(() => new TemplateRenderer(_folder).Render("t.scriban", new { Other = "x" }));
        Assert.Contains("hazard_ratio", e.Message, StringComparison.Ordinal);
        Assert.Contains("t.scriban", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_that_does_not_parse_names_file_line_and_column()
    {
        File.WriteAllText(Path.Combine(_folder, "t.scriban"), "line one\n{{ for x in }}");
        var e = Assert.Throws<TemplateException>(() => new TemplateRenderer(_folder).Render("t.scriban", new { }));
        Assert.Contains("t.scriban(2,", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Includes_come_from_the_same_folder_only()
    {
        File.WriteAllText(Path.Combine(_folder, "part.scriban"), "[{{ name }}]");
        File.WriteAllText(Path.Combine(_folder, "main.scriban"), "a {{ include 'part.scriban' }} b");
        File.WriteAllText(Path.Combine(_folder, "escape.scriban"), "{{ include '../secret' }}");
        var renderer = new TemplateRenderer(_folder);
        Assert.Equal("a [x] b", renderer.Render("main.scriban", new { Name = "x" }));
        Assert.Throws<TemplateException>(() => renderer.Render("escape.scriban", new { }));
    }
}
