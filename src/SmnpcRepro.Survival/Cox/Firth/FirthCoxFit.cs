using SmnpcRepro.Survival.Cox.Design;

namespace SmnpcRepro.Survival.Cox.Firth;

/// <summary>
/// A Firth-penalized Cox model (Heinze &amp; Schemper 2001) as R's <c>coxphf</c> 1.13.1 reports it:
/// Breslow ties, penalized estimates that stay finite under monotone likelihood, profile penalized-likelihood
/// intervals and penalized likelihood-ratio tests.
/// </summary>
public sealed record FirthCoxFit
{
    /// <summary>Rows analysed.</summary>
    public required int RowCount { get; init; }

    /// <summary>Events.</summary>
    public required int EventCount { get; init; }

    /// <summary>Input rows dropped for a missing value (0-based).</summary>
    public required IReadOnlyList<int> DroppedRows { get; init; }

    /// <summary>The design (terms and columns).</summary>
    public required DesignMatrix Design { get; init; }

    /// <summary>"Profile Likelihood" or "Wald" (R's <c>method.ci</c>).</summary>
    public required string IntervalMethod { get; init; }

    /// <summary>One row per coefficient.</summary>
    public required IReadOnlyList<FirthCoefficient> Coefficients { get; init; }

    /// <summary>Variance (inverse unpenalized information at the estimate), R's <c>fit$var</c>.</summary>
    public required CovarianceMatrix Variance { get; init; }

    /// <summary>Penalized log-likelihood at β = 0, as coxphf reports it (covariates scaled by their SD).</summary>
    public required double PenalizedLogLikelihoodNull { get; init; }

    /// <summary>Penalized log-likelihood at the estimate, as coxphf reports it.</summary>
    public required double PenalizedLogLikelihoodFinal { get; init; }

    /// <summary>
    /// What to add to coxphf's penalized log-likelihoods to get them for the unscaled covariates:
    /// penalty · 2 · Σ log sd_j (it cancels in every test).
    /// </summary>
    public required double OriginalScaleShift { get; init; }

    /// <summary>Penalized likelihood-ratio test of all coefficients, 2 (pl_final − pl_null).</summary>
    public required ChiSquareTest LikelihoodRatioTest { get; init; }

    /// <summary>Wald test b' V⁻¹ b.</summary>
    public required ChiSquareTest WaldTest { get; init; }

    /// <summary>Iterations of the fit.</summary>
    public required int Iterations { get; init; }

    /// <summary>Whether the fit converged.</summary>
    public required bool Converged { get; init; }

    /// <summary>coxphf's warnings (non-convergence of the fit, an interval or a test; numerical problems).</summary>
    public required IReadOnlyList<string> Warnings { get; init; }

    /// <summary>Events per variable.</summary>
    public required double EventsPerVariable { get; init; }

    /// <summary>The SD each covariate was divided by (n − 1 denominator).</summary>
    public required IReadOnlyList<double> StandardDeviations { get; init; }

    internal FirthKernel Kernel { get; init; } = null!;

    internal FirthOptions Options { get; init; } = null!;

    internal double[] StandardizedEstimate { get; init; } = [];
}
