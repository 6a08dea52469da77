namespace SmnpcRepro.Survival.Cox;

/// <summary>What <c>plot.cox.zph</c> draws for one term: the smooth of β(t) and its ±2 SE band on a grid.</summary>
/// <param name="X">The grid (R's <c>pred.x</c>) on the transformed time scale.</param>
/// <param name="Fitted">The smooth at each grid point (R's <c>yhat</c>).</param>
/// <param name="Lower">The smooth − 2 SE (R's <c>ylow</c>).</param>
/// <param name="Upper">The smooth + 2 SE (R's <c>yup</c>).</param>
public sealed record ProportionalHazardsSmoothResult(
    IReadOnlyList<double> X,
    IReadOnlyList<double> Fitted,
    IReadOnlyList<double> Lower,
    IReadOnlyList<double> Upper);
