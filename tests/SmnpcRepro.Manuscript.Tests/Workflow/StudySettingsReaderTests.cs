using SmnpcRepro.Pipeline.Study;

namespace SmnpcRepro.Manuscript.Tests.Workflow;

/// <summary>data/study.yaml: defaults, every key, and every error at once with its line and column.</summary>
public sealed class StudySettingsReaderTests
{
    [Fact]
    public void An_empty_or_missing_file_gives_the_paper_s_defaults()
    {
        var empty = StudySettingsReader.Parse(string.Empty, "study.yaml");
        Assert.Equal(StudySettings.Default, empty);
        Assert.Equal("spss18", empty.Profile.Name);
        Assert.Equal(DataProvenance.Synthetic, empty.Provenance);
        Assert.Equal(1000, empty.BootstrapResamples);
        Assert.Equal(0.1, empty.Profile.EntryThreshold);
        Assert.Equal(0.05, empty.Profile.SignificanceLevel);
        Assert.False(empty.Validation.Strict);
        Assert.Equal(StudySettings.Default, StudySettingsReader.Read(Path.Combine(Path.GetTempPath(), "no-such-folder-smnpc", "study.yaml")));
    }

    [Fact]
    public void Every_key_is_read()
    {
        var settings = StudySettingsReader.Parse(
            """
            data:
              provenance: real
            analysis:
              profile: r
              entry_threshold: 0.2
              significance_level: 0.01
            robustness:
              bootstrap_resamples: 7
              bootstrap_seed: 42
              permutation_resamples: 99
              permutation_seed: 43
            figures: {}
            validation:
              strict: true
            """,
            "study.yaml");
        Assert.Equal(DataProvenance.Real, settings.Provenance);
        Assert.True(settings.Validation.Strict);
        Assert.Equal("r", settings.Profile.Name);
        Assert.Equal(0.2, settings.Profile.EntryThreshold);
        Assert.Equal(0.01, settings.Profile.SignificanceLevel);
        Assert.Equal((7, 42UL, 99, 43UL), (settings.BootstrapResamples, settings.BootstrapSeed, settings.PermutationResamples, settings.PermutationSeed));
        Assert.Equal(7, settings.Robustness.BootstrapResamples);
        Assert.Equal(43UL, settings.Robustness.PermutationSeed);
    }

    [Fact]
    public void Every_error_is_reported_at_once_with_file_line_and_column()
    {
        var e = Assert.Throws<StudySettingsException>(() => StudySettingsReader.Parse(
            """
            data:
              provenance: imaginary
            analysis:
              profile: spss
              entry_threshold: 1.5
              tie: efron
            robustness:
              bootstrap_resamples: 0
            plots: {}
            """,
            "data/study.yaml"));
        Assert.Equal(
            [
                "data/study.yaml(6,3): error: unknown key 'tie' in section 'analysis'; its keys are: profile, entry_threshold, significance_level, figure_order",
                "data/study.yaml(9,1): error: unknown section 'plots'; the sections are: data, analysis, factors, robustness, figures, validation",
                "data/study.yaml(4,12): error: 'profile' value 'spss' is not one of: spss18, r",
                "data/study.yaml(2,15): error: 'provenance' value 'imaginary' is not one of: synthetic, real",
                "data/study.yaml(5,20): error: 'entry_threshold' value '1.5' must be a number between 0 and 1 (exclusive), with a decimal point",
                "data/study.yaml(8,24): error: 'bootstrap_resamples' value '0' must be a whole number from 1 to 2147483647",
            ],
            e.Errors);
    }

    [Fact]
    public void The_validation_section_takes_true_or_false_and_nothing_else()
    {
        var e = Assert.Throws<StudySettingsException>(() => StudySettingsReader.Parse(
            """
            validation:
              strict: yes
              lenient: true
            """,
            "data/study.yaml"));
        Assert.Equal(
            [
                "data/study.yaml(3,3): error: unknown key 'lenient' in section 'validation'; its keys are: strict",
                "data/study.yaml(2,11): error: 'strict' value 'yes' must be true or false",
            ],
            e.Errors);
        Assert.False(StudySettingsReader.Parse("validation:\n  strict: false\n", "study.yaml").Validation.Strict);
        Assert.False(StudySettingsReader.Parse("validation:\n", "study.yaml").Validation.Strict);
    }

    [Fact]
    public void The_repository_s_settings_read_the_cohort_as_REDCap_does()
    {
        Assert.False(StudySettingsReader.Read(Path.Combine(RepositoryPaths.Root, "data", "study.yaml")).Validation.Strict);
        Assert.False(StudySettingsReader.Read(Path.Combine(RepositoryPaths.FrozenStudy, "study.yaml")).Validation.Strict);
    }

    [Fact]
    public void Broken_yaml_is_an_error_at_its_position()
    {
        var e = Assert.Throws<StudySettingsException>(() => StudySettingsReader.Parse("data:\n  provenance: [synthetic\n", "study.yaml"));
        Assert.StartsWith("study.yaml(", e.Message, StringComparison.Ordinal);
        Assert.Contains("not valid YAML", e.Message, StringComparison.Ordinal);
    }
}
