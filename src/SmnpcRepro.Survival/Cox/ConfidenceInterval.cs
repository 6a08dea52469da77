namespace SmnpcRepro.Survival.Cox;

/// <summary>A confidence interval at <paramref name="Level"/> (e.g. 0.95).</summary>
/// <param name="Lower">Lower limit.</param>
/// <param name="Upper">Upper limit.</param>
/// <param name="Level">Confidence level.</param>
public sealed record ConfidenceInterval(double Lower, double Upper, double Level);
