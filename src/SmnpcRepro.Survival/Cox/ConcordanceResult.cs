namespace SmnpcRepro.Survival.Cox;

/// <summary>
/// Harrell's concordance of a Cox model's linear predictor with survival, as <c>coxph</c> stores it
/// (<c>fit$concordance</c>, from <c>survival::concordancefit(..., reverse = TRUE)</c>): the pair counts and
/// C = (concordant + tied.x / 2) / (concordant + discordant + tied.x) with its infinitesimal-jackknife SE.
/// </summary>
/// <param name="Concordance">C.</param>
/// <param name="StandardError">Its standard error (R's <c>std</c>).</param>
/// <param name="Concordant">Pairs where the longer survivor has the lower risk score.</param>
/// <param name="Discordant">Pairs where the longer survivor has the higher risk score.</param>
/// <param name="TiedRisk">Comparable pairs with equal risk scores (R's <c>tied.x</c>).</param>
/// <param name="TiedTime">Pairs of events at the same time, risk scores differing (R's <c>tied.y</c>).</param>
/// <param name="TiedBoth">Pairs of events at the same time with equal risk scores (R's <c>tied.xy</c>).</param>
public sealed record ConcordanceResult(double Concordance, double StandardError, double Concordant, double Discordant, double TiedRisk, double TiedTime, double TiedBoth);
