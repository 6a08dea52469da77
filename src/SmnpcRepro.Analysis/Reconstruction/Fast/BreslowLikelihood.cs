namespace SmnpcRepro.Analysis.Reconstruction.Fast;

/// <summary>A Cox log partial likelihood with Breslow ties: value, score and information at β.</summary>
internal abstract class BreslowLikelihood
{
    /// <summary>Number of coefficients.</summary>
    public abstract int Parameters { get; }

    /// <summary>Log partial likelihood at <paramref name="beta"/>; fills the score and the information (p × p, row-major).</summary>
    public abstract double Evaluate(ReadOnlySpan<double> beta, Span<double> score, Span<double> information);
}
