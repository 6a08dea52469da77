using SmnpcRepro.Survival.Cox.Design;

namespace SmnpcRepro.Survival.Cox;

/// <summary>
/// A fitted Cox proportional hazards model: everything R's <c>coxph</c> object and its
/// <c>summary()</c> hold that a table needs. Non-convergence, monotone likelihood (a coefficient that may be
/// infinite) and non-estimable coefficients are facts here (<see cref="Converged"/>,
/// <see cref="Warnings"/>, <see cref="CoxCoefficient.MayBeInfinite"/>, <see cref="CoxCoefficient.IsEstimable"/>),
/// never exceptions. <see cref="BaselineSurvival"/> and <see cref="ProportionalHazardsTest"/> take a fit as
/// R's <c>survfit(fit)</c> and <c>cox.zph(fit)</c> do.
/// </summary>
public sealed record CoxFit
{
    /// <summary>The tie method used.</summary>
    public required TieMethod Ties { get; init; }

    /// <summary>Level of the hazard-ratio confidence intervals.</summary>
    public required double ConfidenceLevel { get; init; }

    /// <summary>Rows analysed (R's <c>n</c>).</summary>
    public required int RowCount { get; init; }

    /// <summary>Events among them (R's <c>nevent</c>).</summary>
    public required int EventCount { get; init; }

    /// <summary>Input rows dropped for a missing value in a model variable (0-based indices).</summary>
    public required IReadOnlyList<int> DroppedRows { get; init; }

    /// <summary>The design matrix (terms, columns, factor levels and references).</summary>
    public required DesignMatrix Design { get; init; }

    /// <summary>Stratum labels (empty for an unstratified model).</summary>
    public required IReadOnlyList<string> Strata { get; init; }

    /// <summary>One row per coefficient.</summary>
    public required IReadOnlyList<CoxCoefficient> Coefficients { get; init; }

    /// <summary>Per-term Wald tests (one per term; several df for a factor).</summary>
    public required IReadOnlyList<CoxTermTest> TermTests { get; init; }

    /// <summary>Log partial likelihood at β = 0.</summary>
    public required double LogLikelihoodNull { get; init; }

    /// <summary>Log partial likelihood at β̂.</summary>
    public required double LogLikelihoodFinal { get; init; }

    /// <summary>Likelihood-ratio test, 2 (final − null), on the number of estimable coefficients.</summary>
    public required ChiSquareTest LikelihoodRatioTest { get; init; }

    /// <summary>Wald test b' V⁻¹ b (robust V when robust).</summary>
    public required ChiSquareTest WaldTest { get; init; }

    /// <summary>Score (log-rank) test at β = 0.</summary>
    public required ChiSquareTest ScoreTest { get; init; }

    /// <summary>Robust score test (R's <c>rscore</c>), when robust.</summary>
    public ChiSquareTest? RobustScoreTest { get; init; }

    /// <summary>Newton–Raphson iterations (R's <c>iter</c>).</summary>
    public required int Iterations { get; init; }

    /// <summary>Whether the iterations converged.</summary>
    public required bool Converged { get; init; }

    /// <summary>Warnings as R would give them (non-convergence, infinite coefficients, singular design).</summary>
    public required IReadOnlyList<string> Warnings { get; init; }

    /// <summary>Variance of β̂ (R's <c>fit$var</c>; the robust one when robust).</summary>
    public required CovarianceMatrix Variance { get; init; }

    /// <summary>The model-based variance when <see cref="Variance"/> is robust (R's <c>naive.var</c>).</summary>
    public CovarianceMatrix? NaiveVariance { get; init; }

    /// <summary>Whether the variance is robust (sandwich).</summary>
    public bool IsRobust => NaiveVariance is not null;

    /// <summary>Number of clusters of the robust variance (each row its own cluster when none were given).</summary>
    public int? ClusterCount { get; init; }

    /// <summary>
    /// Column means used for centring (R's <c>fit$means</c>): 0 for columns whose values are all in
    /// {−1, 0, 1}, such as factor indicators.
    /// </summary>
    public required IReadOnlyList<double> Means { get; init; }

    /// <summary>Harrell's concordance and its standard error.</summary>
    public required ConcordanceResult Concordance { get; init; }

    /// <summary>Events per variable: events divided by the number of coefficients.</summary>
    public required double EventsPerVariable { get; init; }

    /// <summary>Linear predictor x'β̂ − means'β̂ of each analysed row, in design-row order.</summary>
    public required IReadOnlyList<double> LinearPredictors { get; init; }

    internal CoxProblem Problem { get; init; } = null!;

    internal double[] SortedLinearPredictors { get; init; } = [];

    internal double[] CoefficientsOrZero { get; init; } = [];

    internal double CholeskyTolerance { get; init; }
}
