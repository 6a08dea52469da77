namespace SmnpcRepro.Analysis.Robustness;

/// <summary>
/// The appendix's rule for an unstable ordinary Cox estimate, as one object that both classifies the
/// estimates (<see cref="FirthComparison"/>, the fragile-estimate marks) and is printed (the appendix's
/// text reads its fields), so the rule the reader sees is the rule applied. An estimate is unstable when a
/// group of its factor has fewer than <see cref="FewEvents"/> deaths, or when Firth's penalty moves its HR
/// by more than a factor of <see cref="HazardRatioFactor"/> either way: |ln HR_Firth − ln HR| &gt; ln
/// <see cref="HazardRatioFactor"/> (with 1.2, a rise of more than 20% or a fall of more than 16.7%).
/// </summary>
/// <param name="FewEvents">A group with fewer deaths than this makes an estimate unstable.</param>
/// <param name="HazardRatioFactor">The largest factor (greater than 1) by which Firth's HR may differ from the ordinary one, either way.</param>
public sealed record InstabilityRule(int FewEvents, double HazardRatioFactor)
{
    /// <summary>The rule the appendix applies and prints: 5 deaths per group, a factor of 1.2.</summary>
    public static InstabilityRule Appendix { get; } = new(5, 1.2);

    /// <summary>The threshold on the log-HR scale, ln <see cref="HazardRatioFactor"/>.</summary>
    public double LargeShift => Math.Log(HazardRatioFactor);

    /// <summary>The largest rise of the HR (as a proportion, 0.2 for 1.2) the rule lets pass.</summary>
    public double LargestRise => HazardRatioFactor - 1;

    /// <summary>The largest fall of the HR (as a proportion, 0.1667 for 1.2) the rule lets pass.</summary>
    public double LargestFall => 1 - (1 / HazardRatioFactor);

    /// <summary>Whether a Firth coefficient moves the ordinary one by more than the rule allows (both on the log-HR scale).</summary>
    public bool IsLargeShift(double ordinaryCoefficient, double firthCoefficient) =>
        Math.Abs(ordinaryCoefficient - firthCoefficient) > LargeShift;

    /// <summary>Whether a group with <paramref name="deaths"/> deaths is too few for the rule.</summary>
    public bool IsFewEvents(int deaths) => deaths < FewEvents;
}
