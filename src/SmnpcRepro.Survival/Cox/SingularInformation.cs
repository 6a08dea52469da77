namespace SmnpcRepro.Survival.Cox;

/// <summary>What <see cref="CoxNewtonRaphson"/> does when the information is singular (a pivot below <c>toler.chol</c>).</summary>
public enum SingularInformation
{
    /// <summary>
    /// R's <c>coxph</c>: the redundant columns get no step and a variance of 0 (their coefficients are NA), the
    /// others are fitted. What <see cref="CoxModel"/> does.
    /// </summary>
    DropsRedundantColumns,

    /// <summary>
    /// The whole fit fails: a singular information at β = 0 or at the answer gives NaN coefficients and
    /// variance, and a step that reaches a singular information is halved like one that lowers the
    /// likelihood. What the reconstruction's evaluator has always done (its search scores a failed model as
    /// missing numbers).
    /// </summary>
    FailsTheFit,
}
