namespace SmnpcRepro.Survival.Cox;

/// <summary>
/// One row of R's <c>summary(coxph)</c> coefficient table: β, its standard error, the hazard ratio exp(β)
/// with its confidence interval, and the Wald z and p. With a robust variance, <see cref="StandardError"/>
/// is still the model-based one (R's <c>se(coef)</c>) and z, p and the interval use
/// <see cref="RobustStandardError"/>, as R does.
/// </summary>
/// <param name="Name">Coefficient (design column) name, as R names it.</param>
/// <param name="Term">The term it belongs to.</param>
/// <param name="Coefficient">β (log hazard ratio); NaN when not estimable.</param>
/// <param name="StandardError">Model-based standard error of β.</param>
/// <param name="RobustStandardError">Robust (sandwich) standard error, when requested.</param>
/// <param name="HazardRatio">exp(β).</param>
/// <param name="ConfidenceInterval">Interval for the hazard ratio, exp(β ± z·se).</param>
/// <param name="Z">Wald z = β / se.</param>
/// <param name="P">Two-sided Wald p.</param>
/// <param name="IsEstimable">False when the column is constant or collinear (R prints NA).</param>
/// <param name="MayBeInfinite">True when R's check says the coefficient may be infinite (monotone likelihood).</param>
public sealed record CoxCoefficient(
    string Name,
    string Term,
    double Coefficient,
    double StandardError,
    double? RobustStandardError,
    double HazardRatio,
    ConfidenceInterval ConfidenceInterval,
    double Z,
    double P,
    bool IsEstimable,
    bool MayBeInfinite);
