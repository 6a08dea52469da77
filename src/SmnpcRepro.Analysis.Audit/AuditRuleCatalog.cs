using SmnpcRepro.Analysis.Audit.Rules;

namespace SmnpcRepro.Analysis.Audit;

/// <summary>A rule of the audit: its id, a title for the report, and what it checks in one sentence.</summary>
/// <param name="Id">Stable id (<c>hazard-ratio-interval</c>).</param>
/// <param name="Title">Heading in the report.</param>
/// <param name="Checks">What the rule checks.</param>
public sealed record AuditRule(string Id, string Title, string Checks);

/// <summary>Every rule, in the order the report lists them.</summary>
public static class AuditRuleCatalog
{
    /// <summary>The rules.</summary>
    public static IReadOnlyList<AuditRule> Rules { get; } =
    [
        new(HazardRatioIntervalRule.CentreId, "Hazard ratio against its confidence interval", "A Wald interval exp(b ± 1.96·se) has the HR as the geometric mean of its bounds: HR = √(L·U), within rounding."),
        new(HazardRatioIntervalRule.WaldPId, "P-value against the confidence interval", "The interval fixes the Wald test: se = (ln U − ln L)/(2·1.960), z = ln HR/se, p = 2Φ(−|z|), within rounding."),
        new(PrintedValueAgreementRule.Id, "The same quantity printed in several places", "Every print of one quantity agrees within rounding, unless different tests legitimately produced them."),
        new(PercentOfTotalRule.Id, "Counts against percentages and the stated total", "100·count/total rounds to the printed percentage."),
        new(BlockSumRule.Id, "Parts against their whole", "Counts of a block's levels sum to the total; their percentages to 100 within rounding."),
        new(GrimRule.MeanId, "Means that whole numbers can produce (GRIM)", "Some whole sum S gives S/n that rounds to the printed mean."),
        new(GrimRule.MedianId, "Medians that whole numbers can produce", "The median of n whole numbers is whole (n odd) or whole or a half (n even)."),
        new(MedianVersusCountRule.Id, "Median against a count on either side of a cut-point", "If fewer than half the values are below a cut, the median is above it (and vice versa)."),
        new(CutPointSideRule.Id, "Text against the table: side of a cut-point", "A count the text puts on one side of a cut-point is the table's count on that side."),
        new(SignificanceClaimRule.Id, "P-values described as significant", "A p called (or marked) significant meets the paper's own threshold; one called not significant does not."),
        new(ModelEntryRule.Id, "Entry into the multivariable model", "Factors enter the model exactly when their univariate p meets the stated entry rule."),
        new(IdenticalAdjustedEstimateRule.Id, "Adjusted estimate identical to the unadjusted one", "An estimate adjusted for other factors is not identical in every digit to the unadjusted one."),
        new(EffectDirectionRule.Id, "Directions in the text against the hazard ratios", "One reading of the table's 'A vs B' makes every stated direction agree with the HRs."),
        new(MedianSurvivalOrderRule.Id, "Directions in the text against the medians", "A group said to survive longer has the longer printed median."),
    ];

    /// <summary>Position of a rule in <see cref="Rules"/> (unknown ids last).</summary>
    public static int Order(string id)
    {
        for (var i = 0; i < Rules.Count; i++)
        {
            if (Rules[i].Id == id)
            {
                return i;
            }
        }

        return Rules.Count;
    }
}
