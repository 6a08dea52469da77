using SmnpcRepro.Survival.Cox;
using SmnpcRepro.Survival.KaplanMeier;

namespace SmnpcRepro.Analysis.Profiles;

/// <summary>
/// The conventions where the paper's software (SPSS 18) and R's survival package differ, chosen once for
/// a whole build: Cox ties, the Kaplan–Meier median and its CI, the CI type of the curves. The manuscript
/// states which profile built it. Both use the paper's own rules for testing and selection (log-rank for
/// univariate screening, entry at p ≤ 0.10, significance at p ≤ 0.05).
/// </summary>
/// <param name="Name">Short name (<c>spss18</c>, <c>r</c>).</param>
/// <param name="Software">The software whose conventions these are, as the methods paragraph names it.</param>
/// <param name="Ties">Cox partial-likelihood ties: Breslow (SPSS COXREG) or Efron (R coxph).</param>
/// <param name="Median">Median definition and CI: SPSS's (first time with S ≤ 0.5; time ± 1.96·SE) or R's.</param>
/// <param name="CurveConfidence">Pointwise CI type of the Kaplan–Meier curves (R's default is log).</param>
/// <param name="EntryThreshold">Univariate p at or below which a factor enters the multivariate model.</param>
/// <param name="SignificanceLevel">p at or below which a result is called significant.</param>
public sealed record ConventionsProfile(
    string Name,
    string Software,
    TieMethod Ties,
    MedianDefinition Median,
    ConfidenceIntervalType CurveConfidence,
    double EntryThreshold,
    double SignificanceLevel)
{
    /// <summary>
    /// The Cox fits' controls: R's <c>coxph.control</c> defaults (eps 1e-9, iter.max 20, toler.chol) with this
    /// profile's <see cref="Ties"/> — the one options record the paper's analysis, the reconstruction's lean
    /// evaluator and the robustness bootstrap all read. Its tie method is always the profile's.
    /// </summary>
    public CoxOptions CoxOptions
    {
        get => field.Ties == Ties ? field : field with { Ties = Ties };
        init;
    }

        = CoxOptions.Default with { Ties = Ties };

    /// <summary>The paper's software: SPSS 18 (Breslow ties, SPSS median with its symmetric CI).</summary>
    public static ConventionsProfile Spss18 { get; } = new("spss18", "SPSS 18 conventions", TieMethod.Breslow, MedianDefinition.Spss, ConfidenceIntervalType.Plain, 0.10, 0.05);

    /// <summary>R's survival package defaults (Efron ties, R's median with the log-type CI).</summary>
    public static ConventionsProfile R { get; } = new("r", "R survival conventions", TieMethod.Efron, MedianDefinition.R, ConfidenceIntervalType.Log, 0.10, 0.05);

    /// <summary>Every profile, default first.</summary>
    public static IReadOnlyList<ConventionsProfile> All { get; } = [Spss18, R];

    /// <summary>The profile named <paramref name="name"/>.</summary>
    /// <exception cref="ArgumentException">No such profile.</exception>
    public static ConventionsProfile Named(string name) =>
        All.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"Unknown conventions profile '{name}'; use one of: {string.Join(", ", All.Select(p => p.Name))}.", nameof(name));
}
