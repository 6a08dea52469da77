using System.Globalization;
using SmnpcRepro.Analysis.Robustness;
using SmnpcRepro.Manuscript.Formatting;

namespace SmnpcRepro.Manuscript.Figures;

/// <summary>Turns a term of the proportional-hazards check into a <see cref="SchoenfeldFigure"/>.</summary>
public static class SchoenfeldFigureBuilder
{
    private static readonly int[] TickSteps = [3, 6, 12, 24, 36, 60];

    /// <summary>The file stem of a term's figure: <c>schoenfeld-</c> and the factor key with hyphens.</summary>
    public static string FileStem(string factorKey)
    {
        ArgumentNullException.ThrowIfNull(factorKey);
        return "schoenfeld-" + factorKey.Replace('_', '-');
    }

    /// <summary>The figure of <paramref name="term"/> of <paramref name="check"/>.</summary>
    public static SchoenfeldFigure From(ProportionalHazardsCheckResult check, ProportionalHazardsTerm term)
    {
        ArgumentNullException.ThrowIfNull(check);
        ArgumentNullException.ThrowIfNull(term);
        var points = new List<ResidualPoint>();
        for (var e = 0; e < term.Residuals.Count; e++)
        {
            if (!double.IsNaN(term.Residuals[e]))
            {
                points.Add(new ResidualPoint(check.TransformedTimes[e], term.Residuals[e]));
            }
        }

        return new SchoenfeldFigure(
            FileStem(term.FactorKey),
            "Months after surgery (Kaplan–Meier scale)",
            $"β(t) for {term.Label}",
            points,
            term.Trend.Select(p => new ResidualPoint(p.X, p.Y)).ToArray(),
            term.Coefficient,
            Ticks(check.EventTimes, check.TransformedTimes),
            $"{term.Label}: PH test χ² = {Format.Fixed(term.Test.Statistic, 2)}, {Format.PInText(term.Test.P)}");
    }

    /// <summary>
    /// Whole-month ticks (every 3, 6, 12, … months, at most six) placed on the Kaplan–Meier scale by linear
    /// interpolation between the event times, as R's <c>plot.cox.zph</c> labels its axis.
    /// </summary>
    public static IReadOnlyList<TimeTick> Ticks(IReadOnlyList<double> eventTimes, IReadOnlyList<double> transformed)
    {
        ArgumentNullException.ThrowIfNull(eventTimes);
        ArgumentNullException.ThrowIfNull(transformed);
        if (eventTimes.Count < 2 || eventTimes[^1] <= eventTimes[0])
        {
            return eventTimes.Count == 0 ? [] : [new TimeTick(transformed[0], Format.Number(eventTimes[0]))];
        }

        var first = eventTimes[0];
        var last = eventTimes[^1];
        var step = TickSteps.FirstOrDefault(s => Math.Floor(last / s) - Math.Ceiling(first / s) + 1 <= 6, TickSteps[^1]);
        var ticks = new List<TimeTick>();
        for (var month = Math.Ceiling(first / step) * step; month <= last; month += step)
        {
            ticks.Add(new TimeTick(Interpolate(eventTimes, transformed, month), month.ToString("0", CultureInfo.InvariantCulture)));
        }

        return ticks;
    }

    private static double Interpolate(IReadOnlyList<double> x, IReadOnlyList<double> y, double at)
    {
        for (var i = 1; i < x.Count; i++)
        {
            if (at <= x[i])
            {
                return x[i] == x[i - 1] ? y[i] : y[i - 1] + ((y[i] - y[i - 1]) * (at - x[i - 1]) / (x[i] - x[i - 1]));
            }
        }

        return y[^1];
    }
}
