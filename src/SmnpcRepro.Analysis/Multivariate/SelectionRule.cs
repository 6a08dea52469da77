namespace SmnpcRepro.Analysis.Multivariate;

/// <summary>Which univariate test's p decides entry into the multivariate model.</summary>
public enum SelectionTest
{
    /// <summary>The log-rank test across the factor's groups (the paper's Methods).</summary>
    LogRank,

    /// <summary>The univariate Cox model's Wald test (the p Table 2 prints beside the HR).</summary>
    CoxWald,
}

/// <summary>The paper's rule: factors with a univariate p at or below the threshold enter the Cox model.</summary>
public sealed record SelectionRule(SelectionTest Test, double Threshold);

/// <summary>One factor's entry decision, kept as data so the manuscript and the checks can show it.</summary>
public sealed record SelectionDecision(string FactorKey, double P, bool Entered);
