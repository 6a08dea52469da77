namespace SmnpcRepro.Analysis.Audit;

/// <summary>What the paper's method implies about a hazard ratio's interval and p-value; it sets how sure a disagreement is.</summary>
/// <param name="WaldInterval">
/// The interval is a Wald interval exp(b ± z·se) (what SPSS, R's <c>coxph</c> and most software print for a
/// Cox model), so the estimate is the geometric mean of the bounds: a miss is a certain error. False when
/// the interval may be profile-likelihood or exact (asymmetric on the log scale): a miss is a likely error.
/// </param>
/// <param name="PFromSameWaldTest">
/// The p-value is printed as the Wald test of the same estimate (a Cox table's p column): a miss is a
/// likely error. False when it may come from another test (log-rank, score, likelihood ratio): an ambiguity.
/// </param>
/// <param name="Confidence">The interval's confidence level (0.95).</param>
public sealed record HazardRatioPremise(bool WaldInterval, bool PFromSameWaldTest, double Confidence = 0.95);
