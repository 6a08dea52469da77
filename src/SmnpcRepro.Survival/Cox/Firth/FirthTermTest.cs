namespace SmnpcRepro.Survival.Cox.Firth;

/// <summary>
/// A penalized likelihood-ratio test that some coefficients are 0 (R's <c>coxphftest(test = ~ ...)</c>):
/// the restricted model re-fitted with the penalty, chi-square = 2 (pl_full − pl_restricted).
/// </summary>
/// <param name="Columns">The coefficients set to 0.</param>
/// <param name="LogLikelihoodRestricted">Penalized log-likelihood of the restricted fit (coxphf's scale).</param>
/// <param name="LogLikelihoodFull">Of the full fit.</param>
/// <param name="Test">The chi-square on as many df as coefficients tested.</param>
/// <param name="Converged">Whether the restricted fit converged.</param>
public sealed record FirthTermTest(IReadOnlyList<string> Columns, double LogLikelihoodRestricted, double LogLikelihoodFull, ChiSquareTest Test, bool Converged);
