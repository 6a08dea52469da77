using SmnpcRepro.Manuscript.Figures;
using SmnpcRepro.Pipeline.Study;

namespace SmnpcRepro.Manuscript.Tests.Workflow;

/// <summary>The <c>figures:</c> section of data/study.yaml: defaults, every key, errors with line and column.</summary>
public sealed class FigureSettingsReaderTests
{
    [Fact]
    public void Without_the_section_figures_are_one_column_wide_without_bands_or_median_line()
    {
        var settings = StudySettingsReader.Parse("figures: {}\n", "study.yaml");
        Assert.Equal(FigureOptions.Default, settings.Figures);
        Assert.Equal(ColumnWidth.One, settings.Figures.Width);
        Assert.False(settings.Figures.ConfidenceBands);
        Assert.False(settings.Figures.MedianLine);
        Assert.Equal(89 / 25.4 * 72, settings.Figures.WidthPoints, 9);
    }

    [Fact]
    public void Every_key_is_read()
    {
        var settings = StudySettingsReader.Parse(
            """
            figures:
              width: two
              confidence_bands: true
              median_line: true
            """,
            "study.yaml");
        Assert.Equal(new FigureOptions(ColumnWidth.Two, ConfidenceBands: true, MedianLine: true), settings.Figures);
        Assert.Equal(183 / 25.4 * 72, settings.Figures.WidthPoints, 9);
    }

    [Fact]
    public void The_committed_settings_files_use_the_defaults()
    {
        Assert.Equal(FigureOptions.Default, StudySettingsReader.Read(Path.Combine(RepositoryPaths.Root, "data", "study.yaml")).Figures);
        Assert.Equal(FigureOptions.Default, StudySettingsReader.Read(RepositoryPaths.Data("study.yaml")).Figures);
    }

    [Fact]
    public void Bad_values_and_unknown_keys_are_reported_with_line_and_column()
    {
        var e = Assert.Throws<StudySettingsException>(() => StudySettingsReader.Parse(
            """
            figures:
              width: three
              confidence_bands: yes
              median_line: [true]
              colour: red
            """,
            "data/study.yaml"));
        Assert.Equal(
            [
                "data/study.yaml(5,3): error: unknown key 'colour' in section 'figures'; its keys are: width, confidence_bands, median_line",
                "data/study.yaml(2,10): error: 'width' value 'three' is not one of: one (89 mm), two (183 mm)",
                "data/study.yaml(3,21): error: 'confidence_bands' value 'yes' must be true or false",
                "data/study.yaml(4,16): error: 'median_line' must be a single value",
            ],
            e.Errors);
    }
}
