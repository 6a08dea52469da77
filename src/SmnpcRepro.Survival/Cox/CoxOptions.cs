using System.Globalization;

namespace SmnpcRepro.Survival.Cox;

/// <summary>
/// Everything that controls a Cox fit, with R's defaults: <c>coxph.control()</c> (eps 1e-9, iter.max 20,
/// toler.chol = .Machine$double.eps^0.75, toler.inf = sqrt(eps), timefix = TRUE) plus the tie method,
/// the confidence level and the robust variance. <see cref="Validate"/> checks it as <c>coxph.control</c>
/// does.
/// </summary>
public sealed record CoxOptions
{
    /// <summary>R's defaults: Efron ties, 95% intervals, model-based variance.</summary>
    public static CoxOptions Default { get; } = new();

    /// <summary>Tie handling; R's default is Efron.</summary>
    public TieMethod Ties { get; init; } = TieMethod.Efron;

    /// <summary>Convergence: stop when |1 − loglik_old / loglik_new| ≤ this (R's <c>eps</c>).</summary>
    public double ConvergenceTolerance { get; init; } = 1e-9;

    /// <summary>Most Newton–Raphson iterations (R's <c>iter.max</c>).</summary>
    public int MaxIterations { get; init; } = 20;

    /// <summary>Relative pivot below which a column is declared redundant (R's <c>toler.chol</c>).</summary>
    public double CholeskyTolerance { get; init; } = Math.Pow(2.220446049250313e-16, 0.75);

    /// <summary>
    /// Threshold of R's "coefficient may be infinite" check (R's <c>toler.inf</c>); <c>null</c> means
    /// R's default, the square root of <see cref="ConvergenceTolerance"/>.
    /// </summary>
    public double? InfiniteCoefficientTolerance { get; init; }

    /// <summary>Merge near-tied times as R's <c>aeqSurv</c> (<c>timefix = TRUE</c>).</summary>
    public bool TimeFix { get; init; } = true;

    /// <summary>Level of the confidence intervals for the hazard ratios.</summary>
    public double ConfidenceLevel { get; init; } = 0.95;

    /// <summary>
    /// Use the robust (sandwich) variance for standard errors, intervals and the Wald test (R's
    /// <c>robust = TRUE</c>); implied when <see cref="CoxData.Cluster"/> is given.
    /// </summary>
    public bool Robust { get; init; }

    /// <summary>The toler.inf actually used.</summary>
    public double EffectiveInfiniteCoefficientTolerance => InfiniteCoefficientTolerance ?? Math.Sqrt(ConvergenceTolerance);

    /// <summary>Throws <see cref="ArgumentException"/> naming the first invalid value.</summary>
    public void Validate()
    {
        if (MaxIterations < 0)
        {
            throw new ArgumentException(Invariant($"Invalid value for iterations: {MaxIterations} (must be >= 0)."));
        }

        if (!(ConvergenceTolerance > 0))
        {
            throw new ArgumentException(Invariant($"Invalid convergence criteria: eps = {ConvergenceTolerance} (must be > 0)."));
        }

        if (!(CholeskyTolerance > 0) || CholeskyTolerance >= 1)
        {
            throw new ArgumentException(Invariant($"Invalid Cholesky tolerance {CholeskyTolerance} (must be in (0, 1))."));
        }

        if (!(EffectiveInfiniteCoefficientTolerance > 0))
        {
            throw new ArgumentException(Invariant($"The infinite-coefficient tolerance must be > 0, got {EffectiveInfiniteCoefficientTolerance}."));
        }

        if (!(ConfidenceLevel > 0 && ConfidenceLevel < 1))
        {
            throw new ArgumentException(Invariant($"The confidence level must be between 0 and 1, got {ConfidenceLevel}."));
        }

        if (!Enum.IsDefined(Ties))
        {
            throw new ArgumentException($"Unknown tie method {Ties}.");
        }
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
