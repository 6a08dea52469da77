namespace SmnpcRepro.Survival.Cox.Firth;

/// <summary>
/// One row of <c>summary(coxphf)</c>: the Firth-penalized β, coxphf's standard error (from the inverse
/// unpenalized information at the estimate), the hazard ratio with its profile penalized-likelihood
/// (or Wald) interval, and the penalized likelihood-ratio (or Wald) chi-square and p.
/// </summary>
/// <param name="Name">Coefficient name.</param>
/// <param name="Term">The term it belongs to.</param>
/// <param name="Coefficient">Penalized β.</param>
/// <param name="StandardError">coxphf's se(coef).</param>
/// <param name="HazardRatio">exp(β).</param>
/// <param name="ConfidenceInterval">Profile penalized-likelihood interval (or Wald); a limit is NaN when its iteration did not converge.</param>
/// <param name="ChiSquare">Penalized LR chi-square of β = 0 (1 df), or Wald (β/se)².</param>
/// <param name="P">Its p-value.</param>
public sealed record FirthCoefficient(string Name, string Term, double Coefficient, double StandardError, double HazardRatio, ConfidenceInterval ConfidenceInterval, double ChiSquare, double P);
