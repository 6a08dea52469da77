using System.Globalization;
using SmnpcRepro.Analysis.Robustness;
using SmnpcRepro.Manuscript.Formatting;

namespace SmnpcRepro.Manuscript.Figures;

/// <summary>Turns a term of the proportional-hazards check into a <see cref="SchoenfeldFigure"/>.</summary>
public static class SchoenfeldFigureBuilder
{
    /// <summary>The months a time axis may label: round numbers a reader expects.</summary>
    private static readonly int[] RoundMonths = [1, 2, 3, 6, 9, 12, 18, 24, 36, 48, 60, 72, 96, 120, 144, 180, 240];

    /// <summary>The least distance between two labelled ticks, as a share of the axis (room for "120" at 7 pt on a column-wide plot).</summary>
    private const double MinimumSpacing = 0.075;

    /// <summary>The file stem of a term's figure: <c>schoenfeld-</c> and the factor key with hyphens.</summary>
    public static string FileStem(string factorKey)
    {
        ArgumentNullException.ThrowIfNull(factorKey);
        return "schoenfeld-" + factorKey.Replace('_', '-').Replace('.', '-');
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

        var smooth = term.Smooth;
        ResidualPoint[] trend = smooth is null ? [] : [.. smooth.X.Select((x, i) => new ResidualPoint(x, smooth.Fitted[i]))];
        BandPoint[] band = smooth is null ? [] : [.. smooth.X.Select((x, i) => new BandPoint(x, smooth.Lower[i], smooth.Upper[i]))];
        var values = points.Select(p => p.Y).Concat(band.SelectMany(b => new[] { b.Lower, b.Upper })).Append(term.Coefficient).Append(0).ToArray();
        return new SchoenfeldFigure(
            FileStem(term.FactorKey),
            "Months after surgery (Kaplan–Meier scale)",
            $"β(t) for {term.Label}",
            points,
            trend,
            band,
            term.Coefficient,
            Ticks(check.EventTimes, check.TransformedTimes),
            NiceTicks.Between(values.Min(), values.Max()),
            $"{term.Label}: PH test χ² = {Format.Fixed(term.Test.Statistic, 2)}, {Format.PInText(term.Test.P)}");
    }

    /// <summary>
    /// Round-month ticks placed on the Kaplan–Meier scale by linear interpolation between the event times (as R's
    /// <c>plot.cox.zph</c> labels its axis), kept from the earliest on whenever a tick is at least
    /// <see cref="MinimumSpacing"/> of the axis from the last one kept: the scale stretches the months where
    /// deaths are dense, so the ticks follow the deaths and never crowd.
    /// </summary>
    public static IReadOnlyList<TimeTick> Ticks(IReadOnlyList<double> eventTimes, IReadOnlyList<double> transformed)
    {
        ArgumentNullException.ThrowIfNull(eventTimes);
        ArgumentNullException.ThrowIfNull(transformed);
        if (eventTimes.Count < 2 || eventTimes[^1] <= eventTimes[0])
        {
            return eventTimes.Count == 0 ? [] : [new TimeTick(transformed[0], Format.Number(eventTimes[0]))];
        }

        var span = Math.Max(transformed[^1] - transformed[0], 1e-9);
        var ticks = new List<TimeTick>();
        foreach (var month in RoundMonths.Where(m => m >= eventTimes[0] && m <= eventTimes[^1]))
        {
            var position = Interpolate(eventTimes, transformed, month);
            if (ticks.Count == 0 || position - ticks[^1].Position >= MinimumSpacing * span)
            {
                ticks.Add(new TimeTick(position, month.ToString(CultureInfo.InvariantCulture)));
            }
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
