using System.Globalization;
using SmnpcRepro.Analysis;
using SmnpcRepro.Analysis.Profiles;
using SmnpcRepro.Cohort;
using SmnpcRepro.Cohort.Runtime;
using SmnpcRepro.Manuscript.Rendering;
using SmnpcRepro.Manuscript.ViewModels;
using Snapshooter;
using Snapshooter.Xunit;

namespace SmnpcRepro.Manuscript.Tests.Rendering;

/// <summary>
/// Snapshots of every published number as the manuscript prints it, from data/cohort.csv under the default
/// (spss18) profile: Table 2, the Results text, the figure captions and each figure's data. A failing
/// snapshot is a question for a person: did this number mean to move?
/// </summary>
public sealed class ManuscriptSnapshotTests
{
    private static readonly CohortDataSet<CohortRecord> Cohort = CohortCsv.Read(RepositoryPaths.Data("cohort.csv"));

    /// <summary>A fixed environment so the snapshots do not depend on the commit or the runtime.</summary>
    internal static readonly BuildEnvironment FixedEnvironment = new("0000000000000000000000000000000000000000000000000000000000000000", ".NET (scrubbed)", [("Library", "1.0")]);

    private static ManuscriptModel Model(ConventionsProfile profile) =>
        ManuscriptBuilder.Model(PaperAnalysis.Run(Cohort.Records, profile), Cohort.Missing, [new DataFileProvenance("data/cohort.csv", "(scrubbed)")], FixedEnvironment);

    private static string[] Render(string template, ConventionsProfile profile) =>
        new TemplateRenderer(RepositoryPaths.Templates).Render(template, Model(profile)).Split('\n');

    [Fact]
    public void Table_2_as_the_manuscript_prints_it() => SnapshotAssert.Match(Render("table2.md.scriban", ConventionsProfile.Spss18));

    [Fact]
    public void Table_2_under_R_conventions() => SnapshotAssert.Match(Render("table2.md.scriban", ConventionsProfile.R));

    [Fact]
    public void The_numbers_in_the_Results_text() =>
        SnapshotAssert.Match(Render("results-patients.md.scriban", ConventionsProfile.Spss18).Concat(Render("results-survival.md.scriban", ConventionsProfile.Spss18)).ToArray());

    [Fact]
    public void The_methods_paragraph_states_the_profile() => SnapshotAssert.Match(Render("methods.md.scriban", ConventionsProfile.Spss18));

    [Fact]
    public void The_figure_captions() => SnapshotAssert.Match(Render("figures.md.scriban", ConventionsProfile.Spss18));

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    public void Figure_data_steps_censor_marks_and_risk_table(int number)
    {
        var figure = Model(ConventionsProfile.Spss18).Figures.Single(f => f.Number == number);
        SnapshotAssert.Match(SnapshotData.Lines(figure.Data), SnapshotNameExtension.Create(number.ToString(CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Forest_plot_data_hazard_ratios_intervals_and_axis()
    {
        SnapshotAssert.Match(SnapshotData.Lines(Model(ConventionsProfile.Spss18).Forest.Data));
    }
}
