using SmnpcRepro.Analysis;
using SmnpcRepro.Analysis.Catalogue;
using SmnpcRepro.Analysis.Profiles;
using SmnpcRepro.Analysis.Published;
using SmnpcRepro.Analysis.Reconstruction;
using SmnpcRepro.Analysis.Reproduction;
using SmnpcRepro.Cohort;
using SmnpcRepro.Manuscript.Numbers;

namespace SmnpcRepro.Manuscript.Tests.Compare;

/// <summary>
/// What each comparison proves, with the synthetic cohort: counts are exact by construction, the numbers the
/// search was scored on are fitted (and so is a repeat of one printed elsewhere), the rest not targeted; real
/// data carry no roles. Read from the frozen study; no number is named.
/// </summary>
public sealed class ReproductionRolesTests
{
    private static readonly PublishedPaper Paper = FrozenComparison.Paper;
    private static readonly IReadOnlyList<CohortRecord> Cohort = FrozenComparison.Cohort;
    private static readonly PaperResults Results = FrozenComparison.Results;

    private static ReproductionResult Compare(ReproductionRoles? roles) => ReproductionComparison.Run(
        Paper,
        FrozenComparison.Catalogue,
        Results,
        FrozenComparison.Printed.Values,
        roles);

    private static readonly ReproductionResult Synthetic = Compare(ReconstructionRoles.From(Paper, FrozenComparison.Catalogue, Cohort));

    private static NumberComparison At(string path) => Synthetic.Compared.First(c => c.Published.Path == path);

    [Fact]
    public void Counts_and_their_percentages_are_exact_by_construction()
    {
        Assert.All(Synthetic.Compared.Where(c => c.Published.Section == PaperSection.Table1), c => Assert.Equal(TargetRole.Exact, c.Role));
        Assert.Equal(TargetRole.Exact, At("text.results_patients.male.percent").Role);
        Assert.Equal(TargetRole.Exact, At("text.discussion.disc_sex_ratio.value.0").Role);
    }

    [Fact]
    public void The_numbers_the_search_is_scored_on_are_fitted_with_their_weight()
    {
        var hr = At("table2.rows.mit.univariate.hr");
        Assert.Equal(TargetRole.Fitted, hr.Role);
        Assert.Equal(TargetJudgements.Fitted * TargetJudgements.HazardRatioEmphasis, hr.Weight);
        Assert.Equal(TargetRole.Fitted, At("text.results_survival.os_median.value").Role);
    }

    [Fact]
    public void A_repeat_of_a_fitted_number_is_fitted_too_and_says_why_it_was_not_scored_itself()
    {
        // The Results' multivariate P for the surgical option is the same estimate as Table 2's, which is scored.
        var repeat = At("text.results_survival.multivariate_p_text.values.surgical_option.value");
        Assert.Equal(TargetRole.Fitted, repeat.Role);
        Assert.Contains("fitted there", repeat.Judgement, StringComparison.Ordinal);

        // The Discussion's "age and sex p > 0.1" is held by the selection rule's constraint on each log-rank P.
        Assert.All(Synthetic.Compared.Where(c => c.Published.Path == "text.discussion.disc_age_sex_p.value"), c => Assert.Equal(TargetRole.Fitted, c.Role));
    }

    [Fact]
    public void A_print_judged_a_misprint_is_not_targeted_and_carries_the_judgement()
    {
        var misprint = At("table2.rows.kps_preop.univariate.ci_low");
        Assert.Equal(TargetRole.NotTargeted, misprint.Role);
        Assert.Contains("misprint", misprint.Judgement, StringComparison.Ordinal);
    }

    [Fact]
    public void Real_data_carry_no_roles()
    {
        Assert.All(Compare(null).Compared, c => Assert.Null(c.Role));
    }
}
