namespace SmnpcRepro.Analysis.Robustness;

/// <summary>Which kind of model an events-per-variable row describes.</summary>
public enum ModelKind
{
    /// <summary>A Cox model of one factor.</summary>
    Univariate,

    /// <summary>The multivariate Cox model of the factors that entered.</summary>
    Multivariate,

    /// <summary>The screening: every candidate factor, each a parameter the data chose among.</summary>
    Screening,
}

/// <summary>A rule of thumb for the fewest events per variable.</summary>
/// <param name="MinimumEventsPerVariable">The EPV the rule asks for.</param>
/// <param name="Source">Who proposed it.</param>
/// <param name="Description">The rule in words.</param>
public sealed record EventsPerVariableThreshold(int MinimumEventsPerVariable, string Source, string Description);

/// <summary>One model's events per variable.</summary>
/// <param name="Key">Factor key, <c>multivariate</c> or <c>screening</c>.</param>
/// <param name="Label">What the row is.</param>
/// <param name="Kind">Univariate, multivariate or the screening.</param>
/// <param name="Events">Events among the analysed patients.</param>
/// <param name="Parameters">Regression coefficients estimated (or candidates examined).</param>
/// <param name="Value">Events / parameters.</param>
/// <param name="ThresholdsMet">The thresholds (EPV values) this row meets.</param>
public sealed record EventsPerVariableRow(string Key, string Label, ModelKind Kind, int Events, int Parameters, double Value, IReadOnlyList<int> ThresholdsMet);

/// <summary>Events per variable of every model and what screening many factors implies.</summary>
/// <param name="Models">Each univariate model, the multivariate model (when one was fitted) and the screening.</param>
/// <param name="Thresholds">The rules of thumb compared with.</param>
/// <param name="UnivariateTests">Factors screened one at a time.</param>
/// <param name="EntryThreshold">p at or below which a factor entered the multivariate model.</param>
/// <param name="ExpectedFalseEntries">Expected entries of factors without effect if none had one (k·α, independent tests).</param>
/// <param name="ChanceOfAnyFalseEntry">P(at least one such entry) = 1 − (1 − α)^k.</param>
/// <param name="SignificanceLevel">The significance level.</param>
/// <param name="ChanceOfAnySignificant">P(at least one univariate p ≤ the significance level) if no factor had an effect.</param>
public sealed record EventsPerVariableResult(
    IReadOnlyList<EventsPerVariableRow> Models,
    IReadOnlyList<EventsPerVariableThreshold> Thresholds,
    int UnivariateTests,
    double EntryThreshold,
    double ExpectedFalseEntries,
    double ChanceOfAnyFalseEntry,
    double SignificanceLevel,
    double ChanceOfAnySignificant);
