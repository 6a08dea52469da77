namespace SmnpcRepro.Analysis.Plan;

/// <summary>
/// The analysis plan: the study's variables in table order, and the order in which the figures show the
/// independent factors. Plain data (no delegates), so two plans compare by value and a plan can be printed;
/// <see cref="PlanCompiler"/> turns it into classifiers against the data dictionary.
/// </summary>
/// <param name="Factors">The variables, in Table 1's and Table 2's order.</param>
/// <param name="FigureOrder">Keys of factors whose survival figure comes first, in this order (others follow in plan order).</param>
public sealed record AnalysisPlan(IReadOnlyList<FactorPlan> Factors, IReadOnlyList<string> FigureOrder);
