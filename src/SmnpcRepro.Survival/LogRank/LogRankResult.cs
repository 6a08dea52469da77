namespace SmnpcRepro.Survival.LogRank;

/// <summary>
/// A k-sample (weighted, possibly stratified) log-rank test, as R's <c>survdiff</c> object: per group
/// the number of rows, the (weighted) observed and expected events and O − E; the variance matrix of
/// O − E; the chi-square on (groups with E &gt; 0) − 1 degrees of freedom and its upper-tail p.
/// Stratified tests sum O, E and the variance over strata and also keep them per stratum.
/// </summary>
public sealed record LogRankResult
{
    /// <summary>Group labels in level order (R's <c>x=level</c>).</summary>
    public required IReadOnlyList<string> Groups { get; init; }

    /// <summary>Rows per group (<c>n</c>).</summary>
    public required IReadOnlyList<int> N { get; init; }

    /// <summary>Weighted observed events per group, Σ w·d_g (<c>obs</c>).</summary>
    public required IReadOnlyList<double> Observed { get; init; }

    /// <summary>Weighted expected events per group, Σ w·d·n_g/n (<c>exp</c>).</summary>
    public required IReadOnlyList<double> Expected { get; init; }

    /// <summary>O − E per group (the score statistic U).</summary>
    public required IReadOnlyList<double> ObservedMinusExpected { get; init; }

    /// <summary>Variance matrix of O − E (<c>var</c>), rows then columns in group order.</summary>
    public required IReadOnlyList<IReadOnlyList<double>> Variance { get; init; }

    /// <summary>(O − E)² / E per group, as R prints.</summary>
    public IReadOnlyList<double> ChiSquareOverExpected => Observed.Select((o, g) => (o - Expected[g]) * (o - Expected[g]) / Expected[g]).ToArray();

    /// <summary>(O − E)² / V per group (V the diagonal of <see cref="Variance"/>), as R prints.</summary>
    public IReadOnlyList<double> ChiSquareOverVariance => Observed.Select((o, g) => (o - Expected[g]) * (o - Expected[g]) / Variance[g][g]).ToArray();

    /// <summary>The chi-square statistic (<c>chisq</c>).</summary>
    public required double ChiSquare { get; init; }

    /// <summary>Degrees of freedom: groups with E &gt; 0, minus one.</summary>
    public required int DegreesOfFreedom { get; init; }

    /// <summary>Upper-tail chi-square p-value (<c>pchisq(chisq, df, lower.tail = FALSE)</c>).</summary>
    public required double PValue { get; init; }

    /// <summary>The weight used.</summary>
    public required LogRankWeight Weight { get; init; }

    /// <summary>ρ of the G-rho family (0 log-rank, 1 Peto–Peto; NaN for Gehan–Breslow and Tarone–Ware).</summary>
    public required double Rho { get; init; }

    /// <summary>Strata labels (empty when unstratified).</summary>
    public required IReadOnlyList<string> Strata { get; init; }

    /// <summary>Rows per stratum (empty when unstratified).</summary>
    public required IReadOnlyList<int> StrataN { get; init; }

    /// <summary>Observed per group and stratum: <c>[group][stratum]</c> (one column when unstratified).</summary>
    public required IReadOnlyList<IReadOnlyList<double>> ObservedByStratum { get; init; }

    /// <summary>Expected per group and stratum: <c>[group][stratum]</c>.</summary>
    public required IReadOnlyList<IReadOnlyList<double>> ExpectedByStratum { get; init; }

    /// <summary>Facts a reader must know (e.g. a singular variance matrix: no test).</summary>
    public required IReadOnlyList<string> Warnings { get; init; }
}
