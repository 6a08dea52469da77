namespace SmnpcRepro.Manuscript.ViewModels;

/// <summary>Everything <c>reconstruction-report.md.scriban</c> places: preformatted strings only.</summary>
/// <param name="Run">How the cohort was made.</param>
/// <param name="Loss">The loss: definition, scales, weights, total.</param>
/// <param name="Exact">The exact targets.</param>
/// <param name="Sections">The fitted targets by group (Table 2 univariate, text, medians, multivariate, selection).</param>
/// <param name="Consistency">The Wald-consistency check of every Table 2 cell.</param>
/// <param name="Judgements">The targets whose weight is not the default, with why.</param>
/// <param name="Assumptions">What the paper does not say and the reconstruction assumes.</param>
public sealed record ReconstructionReportModel(
    ReconstructionRunView Run,
    ReconstructionLossView Loss,
    IReadOnlyList<ExactTargetRow> Exact,
    IReadOnlyList<TargetSectionView> Sections,
    IReadOnlyList<ConsistencyRow> Consistency,
    IReadOnlyList<JudgementRow> Judgements,
    IReadOnlyList<string> Assumptions);

/// <summary>How the cohort was made and how to make it again.</summary>
public sealed record ReconstructionRunView(
    string Patients,
    string Seed,
    string Iterations,
    string IterationsAsked,
    bool StoppedByBudget,
    string Accepted,
    string Chains,
    string Schedule,
    string Polish,
    string CohortFile,
    string CohortSha256,
    string Profile,
    string AlternativeProfile,
    string Command);

/// <summary>The loss as the report states it.</summary>
public sealed record ReconstructionLossView(
    string Scale,
    string Margin,
    string MissingDistance,
    string Total,
    string Initial,
    IReadOnlyList<WeightRow> Weights);

/// <summary>One kind of weight and its value.</summary>
public sealed record WeightRow(string Kind, string Weight);

/// <summary>One exact target.</summary>
public sealed record ExactTargetRow(string Label, string Published, string Achieved, string Holds, string Source);

/// <summary>A group of targets with its rows.</summary>
public sealed record TargetSectionView(string Key, string Title, IReadOnlyList<TargetRow> Rows);

/// <summary>
/// One target: published, achieved (the build's profile and the alternative one), the difference, whether
/// it prints as published (or, for a threshold, holds), its weight, its share of the loss and its source.
/// </summary>
public sealed record TargetRow(
    string Label,
    string Published,
    string Achieved,
    string Difference,
    string Holds,
    string AchievedAlternative,
    string Weight,
    string Contribution,
    string Source,
    string Location);

/// <summary>One printed Table 2 cell checked as a Wald result.</summary>
public sealed record ConsistencyRow(
    string Label,
    string Column,
    string Printed,
    string Centre,
    string LowerFromUpper,
    string UpperImpliedP,
    string IntervalImpliedP,
    string Verdict);

/// <summary>A target the loss weighs differently, with the reason.</summary>
public sealed record JudgementRow(string Label, string Source, string Published, string Weight, string Reason);
