namespace SmnpcRepro.Survival.KaplanMeier;

/// <summary>
/// Restricted mean survival time: the area under the Kaplan–Meier curve from 0 to <see cref="UpperLimit"/>,
/// with its standard error, as R's <c>print.survfit</c>/<c>summary(fit)$table</c> (<c>rmean</c>,
/// <c>se(rmean)</c>): Var = Σ over event times tⱼ ≤ limit of A(tⱼ)² · dⱼ / (nⱼ (nⱼ − dⱼ)), A(tⱼ) the area
/// under S from tⱼ to the limit (terms with nⱼ = dⱼ are 0).
/// </summary>
/// <param name="UpperLimit">The restriction time.</param>
/// <param name="Mean">The restricted mean.</param>
/// <param name="StandardError">Its standard error.</param>
public sealed record RestrictedMean(double UpperLimit, double Mean, double StandardError);
