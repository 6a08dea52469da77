using System.Globalization;
using SmnpcRepro.Survival.KaplanMeier;

namespace SmnpcRepro.Manuscript.Figures;

/// <summary>Turns a Kaplan–Meier fit into the data of its figure: step corners, censor marks, numbers at risk.</summary>
public static class SurvivalFigureBuilder
{
    /// <summary>Months between ticks and risk-table columns.</summary>
    public const double TickInterval = 24;

    /// <summary>The survival axis: 0 to 1 in steps of 0.2.</summary>
    public static IReadOnlyList<double> YTicks { get; } = [0, 0.2, 0.4, 0.6, 0.8, 1];

    /// <summary>
    /// The figure of <paramref name="fit"/> with one curve per group, labelled with <paramref name="labels"/>;
    /// <paramref name="legendTitle"/> names the factor; <paramref name="options"/> add bands or medians.
    /// </summary>
    public static SurvivalFigure From(string name, KaplanMeierFit fit, IReadOnlyList<string> labels, string legendTitle, string annotation, FigureOptions options)
    {
        ArgumentNullException.ThrowIfNull(fit);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(options);
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
            var band = new List<BandPoint> { new(0, 1, 1) };
            var censored = new List<CurvePoint>();
            for (var i = 0; i < curve.Length; i++)
            {
                if (curve.NumberOfEvents[i] > 0)
                {
                    steps.Add(new CurvePoint(curve.Time[i], curve.Survival[i]));
                    band.Add(new BandPoint(curve.Time[i], Finite(curve.Lower[i], 0), Finite(curve.Upper[i], 1)));
                }

                if (curve.NumberCensored[i] > 0)
                {
                    censored.Add(new CurvePoint(curve.Time[i], curve.Survival[i]));
                }
            }

            var label = labels[c] + " (n=" + curve.Records.ToString(CultureInfo.InvariantCulture) + ")";
            var median = curve.Median().Time;
            curves[c] = new SurvivalFigureCurve(
                labels[c],
                label,
                steps,
                censored,
                risk.NumberAtRisk[c],
                options.ConfidenceBands ? band : null,
                options.MedianLine && double.IsFinite(median) ? median : null);
        }

        return new SurvivalFigure(name, "Months after surgery", "Overall survival probability", curves.Length > 1 ? legendTitle : string.Empty, curves, riskTimes, YTicks, xMax, TickInterval, annotation);
    }

    private static double Finite(double value, double fallback) => double.IsFinite(value) ? value : fallback;
}
