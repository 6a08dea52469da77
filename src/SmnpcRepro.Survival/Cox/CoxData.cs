using SmnpcRepro.Survival.Cox.Design;

namespace SmnpcRepro.Survival.Cox;

/// <summary>
/// The data of a Cox model, one entry per row: survival time (<c>NaN</c> = missing), event status
/// (1 = event, 0 = censored, <c>NaN</c> = missing), the covariates and optional strata and clusters. As R's
/// <c>na.omit</c>, rows with a missing value in any of them are dropped and counted by the fit.
/// </summary>
public sealed class CoxData
{
    /// <summary>Creates the data; arrays must have equal lengths.</summary>
    public CoxData(double[] time, double[] status, IReadOnlyList<CovariateSpec> covariates)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(status);
        ArgumentNullException.ThrowIfNull(covariates);
        if (time.Length != status.Length)
        {
            throw new ArgumentException($"time has {time.Length} rows, status {status.Length}.", nameof(status));
        }

        Time = time;
        Status = status;
        Covariates = covariates;
    }

    /// <summary>Survival or censoring time of each row.</summary>
    public double[] Time { get; }

    /// <summary>1 = event, 0 = censored.</summary>
    public double[] Status { get; }

    /// <summary>The model's covariates, in term order.</summary>
    public IReadOnlyList<CovariateSpec> Covariates { get; }

    /// <summary>Strata: a separate baseline hazard in each (R's <c>strata()</c>).</summary>
    public GroupingColumn? Strata { get; init; }

    /// <summary>Clusters for the robust variance (R's <c>cluster()</c>); implies a robust variance.</summary>
    public GroupingColumn? Cluster { get; init; }

    /// <summary>Number of rows.</summary>
    public int RowCount => Time.Length;
}
