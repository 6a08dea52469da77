namespace SmnpcRepro.Survival.Cox;

/// <summary>
/// The work arrays of <see cref="CoxNewtonRaphson"/> for up to <see cref="Capacity"/> coefficients, owned by
/// the caller and reused between fits (R's <c>coxfit6</c> takes its work arrays from its caller), and the
/// last fit's answer on the likelihood's own scale: β̂, the score and the (generalized) inverse information
/// there, the log-likelihoods, the score test, the iterations and the rank. One workspace per thread.
/// </summary>
public sealed class CoxWorkspace
{
    /// <summary>Work arrays for fits of at most <paramref name="capacity"/> coefficients.</summary>
    public CoxWorkspace(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        Capacity = capacity;
        Beta = new double[capacity];
        NewBeta = new double[capacity];
        Step = new double[capacity];
        ScoreArray = new double[capacity];
        InformationArray = new double[capacity * capacity];
        VarianceArray = new double[capacity * capacity];
        CoefficientArray = new double[capacity];
    }

    /// <summary>Most coefficients a fit in this workspace may have.</summary>
    public int Capacity { get; }

    /// <summary>Coefficients of the last fit.</summary>
    public int Parameters { get; internal set; }

    /// <summary>β̂ of the last fit (the last good β when it did not converge).</summary>
    public ReadOnlySpan<double> Coefficients => CoefficientArray.AsSpan(0, Parameters);

    /// <summary>The score at <see cref="Coefficients"/> (R's <c>coxfit$u</c>).</summary>
    public ReadOnlySpan<double> Score => ScoreArray.AsSpan(0, Parameters);

    /// <summary>Inverse information at <see cref="Coefficients"/>, p × p row-major; rows and columns of redundant coefficients are 0.</summary>
    public ReadOnlySpan<double> Variance => VarianceArray.AsSpan(0, Parameters * Parameters);

    /// <summary>Log partial likelihood at β = 0.</summary>
    public double LogLikelihoodNull { get; internal set; }

    /// <summary>Log partial likelihood at <see cref="Coefficients"/>.</summary>
    public double LogLikelihood { get; internal set; }

    /// <summary>Score (log-rank) test statistic at β = 0.</summary>
    public double ScoreTest { get; internal set; }

    /// <summary>Newton–Raphson iterations (R's <c>iter</c>; <c>iter.max</c> + 1 when out of iterations).</summary>
    public int Iterations { get; internal set; }

    /// <summary>Rank of the information (R's <c>flag</c>), or <see cref="CoxNewtonRaphson.NotConvergedFlag"/> when out of iterations.</summary>
    /// <remarks>Under <see cref="SingularInformation.FailsTheFit"/> a fit that failed has a rank below p and NaN coefficients and variance.</remarks>
    public int Flag { get; internal set; }

    /// <summary>Whether the convergence criterion was met.</summary>
    public bool Converged { get; internal set; }

    /// <summary>Whether the last step was a halved one.</summary>
    public bool Halved { get; internal set; }

    internal double[] Beta { get; }

    internal double[] NewBeta { get; }

    internal double[] Step { get; }

    internal double[] ScoreArray { get; }

    internal double[] InformationArray { get; }

    internal double[] VarianceArray { get; }

    internal double[] CoefficientArray { get; }

    /// <summary>Whether coefficient <paramref name="j"/> is estimable (R reports NA otherwise): as <c>coxph</c>, full rank or a non-zero variance.</summary>
    public bool IsEstimable(int j) => CoxNewtonRaphson.IsEstimable(Flag, Parameters, Variance[(j * Parameters) + j]);

    /// <summary>R's "coefficient may be infinite" check on coefficient <paramref name="j"/> under <paramref name="options"/> (see <see cref="MonotoneLikelihood"/>).</summary>
    public bool MayBeInfinite(int j, CoxOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.MaxIterations > 1 && IsEstimable(j) && MonotoneLikelihood.Flags(Score, Variance, Coefficients, j, options);
    }
}
