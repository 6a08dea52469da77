namespace SmnpcRepro.Survival.LogRank;

/// <summary>Options of <see cref="LogRankTest"/>, with R's <c>survdiff</c> defaults (log-rank, timefix).</summary>
public sealed record LogRankOptions
{
    /// <summary>The log-rank test with R's defaults.</summary>
    public static LogRankOptions Default { get; } = new();

    /// <summary>The weight; default the log-rank test (w = 1).</summary>
    public LogRankWeight Weight { get; init; } = LogRankWeight.LogRank;

    /// <summary>ρ of <see cref="LogRankWeight.FlemingHarrington"/> (ignored otherwise); ≥ 0.</summary>
    public double Rho { get; init; }

    /// <summary>Merge times equal up to floating-point noise (<c>timefix = TRUE</c>, R's default).</summary>
    public bool TimeFix { get; init; } = true;

    /// <summary>R's <c>survdiff(rho = ρ)</c>: log-rank for 0, Peto–Peto for 1, Harrington–Fleming otherwise.</summary>
    public static LogRankOptions GRho(double rho) => rho switch
    {
        0 => new LogRankOptions { Weight = LogRankWeight.LogRank },
        1 => new LogRankOptions { Weight = LogRankWeight.PetoPeto, Rho = 1 },
        _ => new LogRankOptions { Weight = LogRankWeight.FlemingHarrington, Rho = rho },
    };

    /// <summary>The ρ of the G-rho family this weight belongs to (NaN for Gehan–Breslow and Tarone–Ware).</summary>
    public double EffectiveRho => Weight switch
    {
        LogRankWeight.LogRank => 0,
        LogRankWeight.PetoPeto => 1,
        LogRankWeight.FlemingHarrington => Rho,
        _ => double.NaN,
    };
}
