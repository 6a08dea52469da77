using SmnpcRepro.Analysis.Multivariate;
using SmnpcRepro.Survival.Cox;

namespace SmnpcRepro.Analysis.Robustness;

/// <summary>How one factor fared over the bootstrap resamples.</summary>
/// <param name="FactorKey">The factor.</param>
/// <param name="Label">Its Table 2 label.</param>
/// <param name="EnteredOriginally">Whether it entered the multivariate model on the original data.</param>
/// <param name="OriginalHazardRatio">Its multivariate HR on the original data (NaN when it did not enter).</param>
/// <param name="Selected">Resamples in which the screening let it in.</param>
/// <param name="SelectionFrequency">Selected / resamples.</param>
/// <param name="Significant">Resamples in which it entered and its multivariate p was at or below the significance level.</param>
/// <param name="Estimated">Resamples with a finite multivariate HR for it (the bootstrap distribution's size).</param>
/// <param name="MedianHazardRatio">Median of those HRs (NaN when none).</param>
/// <param name="Lower">2.5th percentile (R's quantile type 7).</param>
/// <param name="Upper">97.5th percentile.</param>
/// <param name="AboveOne">Of the finite HRs, how many exceed 1.</param>
/// <param name="Constant">Resamples in which the factor had one group only (it cannot be tested; not selected).</param>
public sealed record FactorSelectionRow(
    string FactorKey,
    string Label,
    bool EnteredOriginally,
    double OriginalHazardRatio,
    int Selected,
    double SelectionFrequency,
    int Significant,
    int Estimated,
    double MedianHazardRatio,
    double Lower,
    double Upper,
    int AboveOne,
    int Constant);

/// <summary>One selected set of factors and how many resamples chose it.</summary>
/// <param name="FactorKeys">The factors, in Table 2 order (empty: none).</param>
/// <param name="Count">Resamples that selected exactly these.</param>
public sealed record ModelFrequency(IReadOnlyList<string> FactorKeys, int Count);

/// <summary>
/// The bootstrap of the whole "univariate p ≤ threshold → multivariate Cox" procedure.
/// </summary>
/// <param name="Resamples">Bootstrap resamples.</param>
/// <param name="Seed">The seed.</param>
/// <param name="Rule">The screening rule re-run in every resample.</param>
/// <param name="Ties">Tie method of the multivariate fits.</param>
/// <param name="SignificanceLevel">The level for <see cref="FactorSelectionRow.Significant"/>.</param>
/// <param name="Factors">One row per candidate factor, in Table 2 order.</param>
/// <param name="Fitted">Resamples whose multivariate model converged with finite estimates.</param>
/// <param name="NoFactorSelected">Resamples in which no factor passed the screening.</param>
/// <param name="NotFinite">Resamples whose model did not converge or had an estimate that may be infinite (their HRs are left out).</param>
/// <param name="Failed">Resamples in which no model could be fitted.</param>
/// <param name="Models">The most frequent selected sets, most frequent first (at most ten).</param>
/// <param name="OriginalModelCount">Resamples that selected exactly the original data's set.</param>
/// <param name="DistinctModels">How many different sets were selected.</param>
/// <param name="ModelSizes">Resamples by the number of factors selected (index = size).</param>
public sealed record SelectionStabilityResult(
    int Resamples,
    ulong Seed,
    SelectionRule Rule,
    TieMethod Ties,
    double SignificanceLevel,
    IReadOnlyList<FactorSelectionRow> Factors,
    int Fitted,
    int NoFactorSelected,
    int NotFinite,
    int Failed,
    IReadOnlyList<ModelFrequency> Models,
    int OriginalModelCount,
    int DistinctModels,
    IReadOnlyList<int> ModelSizes);
