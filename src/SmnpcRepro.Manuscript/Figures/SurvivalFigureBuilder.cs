using System.Globalization;
using SmnpcRepro.Survival.KaplanMeier;

namespace SmnpcRepro.Manuscript.Figures;

/// <summary>Turns a Kaplan–Meier fit into the data of its figure: step corners, censor marks, numbers at risk.</summary>
public static class SurvivalFigureBuilder
{
    /// <summary>Months between ticks and risk-table columns.</summary>
    public const double TickInterval = 24;

    /// <summary>The figure of <paramref name="fit"/> with one curve per group, labelled with <paramref name="labels"/>.</summary>
    public static SurvivalFigure From(string name, KaplanMeierFit fit, IReadOnlyList<string> labels, string annotation)
    {
        ArgumentNullException.ThrowIfNull(fit);
        ArgumentNullException.ThrowIfNull(labels);
        if (labels.Count != fit.Curves.Count)
        {
            throw new ArgumentException($"{labels.Count} labels for {fit.Curves.Count} curves.", nameof(labels));
        }

        var last = fit.Curves.Max(c => c.LastTime);
        var xMax = Math.Max(TickInterval, Math.Ceiling(last / TickInterval) * TickInterval);
        var riskTimes = Enumerable.Range(0, (int)(xMax / TickInterval) + 1).Select(k => k * TickInterval).ToArray();
        var risk = fit.RiskTable(riskTimes);
        var curves = new SurvivalFigureCurve[fit.Curves.Count];
        for (var c = 0; c < curves.Length; c++)
        {
            var curve = fit.Curves[c];
            var steps = new List<CurvePoint> { new(0, 1) };
            var censored = new List<CurvePoint>();
            for (var i = 0; i < curve.Length; i++)
            {
                if (curve.NumberOfEvents[i] > 0)
                {
                    steps.Add(new CurvePoint(curve.Time[i], curve.Survival[i]));
                }

                if (curve.NumberCensored[i] > 0)
                {
                    censored.Add(new CurvePoint(curve.Time[i], curve.Survival[i]));
                }
            }

            var label = labels[c] + " (n=" + curve.Records.ToString(CultureInfo.InvariantCulture) + ")";
            curves[c] = new SurvivalFigureCurve(labels[c], label, steps, censored, risk.NumberAtRisk[c]);
        }

        return new SurvivalFigure(name, "Months after surgery", "Overall survival", curves, riskTimes, xMax, TickInterval, annotation);
    }
}
