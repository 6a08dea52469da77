namespace SmnpcRepro.Survival.KaplanMeier;

/// <summary>
/// Options of <see cref="KaplanMeier.Fit"/>, with R's <c>survfit</c> defaults.
/// </summary>
public sealed record KaplanMeierOptions
{
    /// <summary>R's defaults: log CI, 95%, near-tied times merged, R's median, common rmean limit.</summary>
    public static KaplanMeierOptions Default { get; } = new();

    /// <summary>Pointwise CI transformation (<c>conf.type</c>); default <see cref="ConfidenceIntervalType.Log"/>.</summary>
    public ConfidenceIntervalType ConfidenceType { get; init; } = ConfidenceIntervalType.Log;

    /// <summary>CI level (<c>conf.int</c>), strictly between 0 and 1; default 0.95.</summary>
    public double ConfidenceLevel { get; init; } = 0.95;

    /// <summary>Merge times equal up to floating-point noise (<c>timefix = TRUE</c>, R's default).</summary>
    public bool TimeFix { get; init; } = true;

    /// <summary>The definition used by <see cref="KaplanMeierCurve.Median()"/>; default R's.</summary>
    public MedianDefinition MedianDefinition { get; init; } = MedianDefinition.R;

    /// <summary>The limit used by <see cref="KaplanMeierFit.RestrictedMean(int)"/>; default R's common limit.</summary>
    public RestrictedMeanLimit RestrictedMeanLimit { get; init; } = RestrictedMeanLimit.Common;
}
