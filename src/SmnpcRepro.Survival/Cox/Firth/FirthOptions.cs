using System.Globalization;

namespace SmnpcRepro.Survival.Cox.Firth;

/// <summary>
/// Controls of the Firth-penalized Cox fit with R's <c>coxphf()</c> (1.13.1) defaults: maxit 50,
/// maxhs 5, epsilon 1e-6, gconv 1e-4, maxstep 0.5, penalty 0.5, alpha 0.05, pl = TRUE. Steps, step caps
/// and the convergence rule apply to the covariates divided by their standard deviations, as in coxphf.
/// </summary>
public sealed record FirthOptions
{
    /// <summary>coxphf's defaults.</summary>
    public static FirthOptions Default { get; } = new();

    /// <summary>Most iterations for the fit, each profile limit and each restricted fit (R's <c>maxit</c>).</summary>
    public int MaxIterations { get; init; } = 50;

    /// <summary>Most step-halvings per iteration (R's <c>maxhs</c>).</summary>
    public int MaxHalvings { get; init; } = 5;

    /// <summary>Convergence: largest change of a standardized coefficient (R's <c>epsilon</c>).</summary>
    public double Epsilon { get; init; } = 1e-6;

    /// <summary>Convergence: largest absolute penalized score (R's <c>gconv</c>).</summary>
    public double GradientTolerance { get; init; } = 1e-4;

    /// <summary>Largest change of a standardized coefficient in one step (R's <c>maxstep</c>).</summary>
    public double MaxStep { get; init; } = 0.5;

    /// <summary>Weight of log det I(β) in the penalized log-likelihood (R's <c>penalty</c>; Firth = 0.5).</summary>
    public double Penalty { get; init; } = 0.5;

    /// <summary>Level of the confidence intervals (1 − R's <c>alpha</c>).</summary>
    public double ConfidenceLevel { get; init; } = 0.95;

    /// <summary>
    /// Profile penalized-likelihood intervals and penalized likelihood-ratio p (R's <c>pl = TRUE</c>);
    /// false gives Wald intervals and p.
    /// </summary>
    public bool ProfileLikelihood { get; init; } = true;

    /// <summary>Throws <see cref="ArgumentException"/> naming the first invalid value.</summary>
    public void Validate()
    {
        if (MaxIterations < 1 || MaxHalvings < 0)
        {
            throw new ArgumentException(Invariant($"Iterations ({MaxIterations}) must be >= 1 and halvings ({MaxHalvings}) >= 0."));
        }

        if (!(Epsilon > 0) || !(GradientTolerance > 0) || !(MaxStep > 0) || !(Penalty >= 0))
        {
            throw new ArgumentException(Invariant($"Tolerances and maximum step must be > 0 and the penalty >= 0 (epsilon {Epsilon}, gconv {GradientTolerance}, maxstep {MaxStep}, penalty {Penalty})."));
        }

        if (!(ConfidenceLevel > 0 && ConfidenceLevel < 1))
        {
            throw new ArgumentException(Invariant($"The confidence level must be between 0 and 1, got {ConfidenceLevel}."));
        }
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
