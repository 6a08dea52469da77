using SmnpcRepro.Analysis.Profiles;

namespace SmnpcRepro.Pipeline.Study;

/// <summary>
/// The study's settings, read from <c>data/study.yaml</c>: the one place where the conventions, the appendix's
/// random settings and the data's provenance are declared. <c>smnpc build</c>, <c>smnpc check</c>,
/// <c>dotnet cake</c> and CI all read it, so a manuscript is always checked under the settings that built it.
/// </summary>
/// <param name="Profile">The conventions profile (<c>analysis.profile</c>), with the plan's thresholds (<c>analysis.entry_threshold</c>, <c>analysis.significance_level</c>).</param>
/// <param name="Provenance">Where the data come from (<c>data.provenance</c>).</param>
/// <param name="BootstrapResamples">Bootstrap resamples of the selection procedure (<c>robustness.bootstrap_resamples</c>).</param>
/// <param name="BootstrapSeed">Seed of the bootstrap (<c>robustness.bootstrap_seed</c>).</param>
/// <param name="PermutationResamples">Monte Carlo relabellings per permutation test (<c>robustness.permutation_resamples</c>).</param>
/// <param name="PermutationSeed">Seed of the permutation tests (<c>robustness.permutation_seed</c>).</param>
public sealed record StudySettings(
    ConventionsProfile Profile,
    DataProvenance Provenance,
    int BootstrapResamples,
    ulong BootstrapSeed,
    int PermutationResamples,
    ulong PermutationSeed)
{
    /// <summary>The analysis plan (<c>factors:</c>, <c>analysis.figure_order</c>), compiled against the data dictionary; the paper's own by default.</summary>
    public Analysis.Plan.CompiledPlan Plan { get; init; } = Analysis.Plan.PaperPlan.Compiled;

    /// <summary>How strictly the cohort is read (<c>validation.strict</c>).</summary>
    public ValidationSettings Validation { get; init; } = ValidationSettings.Default;

    /// <summary>The file's name in the data folder.</summary>
    public const string FileName = "study.yaml";

    /// <summary>What a study without a settings file gets: spss18, synthetic data, the appendix's defaults.</summary>
    public static StudySettings Default { get; } = new(
        ConventionsProfile.Spss18,
        DataProvenance.Synthetic,
        Analysis.Robustness.RobustnessOptions.Default.BootstrapResamples,
        Analysis.Robustness.RobustnessOptions.Default.BootstrapSeed,
        Analysis.Robustness.RobustnessOptions.Default.PermutationResamples,
        Analysis.Robustness.RobustnessOptions.Default.PermutationSeed);

    /// <summary>How figures are drawn (<c>figures:</c>): width, confidence bands, median line.</summary>
    public Manuscript.Figures.FigureOptions Figures { get; init; } = Manuscript.Figures.FigureOptions.Default;

    /// <summary>The robustness appendix's options under these settings.</summary>
    public Analysis.Robustness.RobustnessOptions Robustness => Analysis.Robustness.RobustnessOptions.Default with
    {
        BootstrapResamples = BootstrapResamples,
        BootstrapSeed = BootstrapSeed,
        PermutationResamples = PermutationResamples,
        PermutationSeed = PermutationSeed,
    };
}
