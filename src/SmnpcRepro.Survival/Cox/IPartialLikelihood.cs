namespace SmnpcRepro.Survival.Cox;

/// <summary>
/// A Cox log partial likelihood the Newton–Raphson driver (<see cref="CoxNewtonRaphson"/>) maximises: its
/// value, score and information at β. The engine's <see cref="CoxKernel"/> (R's <c>coxfit6_iter</c>) is one;
/// <see cref="RowPartialLikelihood"/> over caller-owned rows and a caller's grouped likelihood are others.
/// </summary>
public interface IPartialLikelihood
{
    /// <summary>Number of coefficients.</summary>
    int Parameters { get; }

    /// <summary>
    /// The log partial likelihood at <paramref name="beta"/>; writes the score into <paramref name="score"/>
    /// (length p) and the information into <paramref name="information"/> (p × p, row-major, symmetric).
    /// </summary>
    double Evaluate(ReadOnlySpan<double> beta, Span<double> score, Span<double> information);
}
