namespace SmnpcRepro.Analysis.Plan;

/// <summary>
/// What is wrong with one entry of the analysis plan, checked against the data dictionary.
/// </summary>
/// <param name="FactorIndex">The entry's position in <see cref="AnalysisPlan.Factors"/>; -1 for the plan as a whole.</param>
/// <param name="Member">The entry's key the problem is at, as study.yaml spells it (<c>field</c>, <c>cut</c>, <c>exposure</c>, …).</param>
/// <param name="Message">The rule broken, in words.</param>
public sealed record PlanProblem(int FactorIndex, string Member, string Message);
