namespace SmnpcRepro.Analysis.Audit;

/// <summary>
/// How sure the premise "the data are whole numbers" is, for rules (GRIM, medians) that need it. It sets
/// the class of a finding that only the premise makes impossible.
/// </summary>
public enum WholeNumberPremise
{
    /// <summary>The paper says so (a score, a count): an impossible value is a certain error.</summary>
    Stated,

    /// <summary>The unit is recorded in whole numbers by convention (age in years, blood loss in mL): a likely error.</summary>
    Conventional,

    /// <summary>The values may be fractional (an interval between two dates): only an ambiguity.</summary>
    Possible,
}
