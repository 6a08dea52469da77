using SmnpcRepro.Survival.Data;

namespace SmnpcRepro.Survival.KaplanMeier;

/// <summary>
/// Kaplan–Meier (product-limit) estimation, as R's <c>survfit(Surv(time, status) ~ group)</c>
/// (survival 3.5-3, <c>survfitKM</c>): one curve per level of the grouping factor (per group × stratum
/// when the data also carry strata), Greenwood variance, pointwise CIs, near-tied times merged.
/// </summary>
public static class KaplanMeier
{
    /// <summary>Fits the curves.</summary>
    /// <param name="data">Validated survival data.</param>
    /// <param name="options">Options; null for R's defaults.</param>
    /// <exception cref="ArgumentException">An invalid option (e.g. a CI level outside (0, 1)).</exception>
    public static KaplanMeierFit Fit(SurvivalData data, KaplanMeierOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        options ??= KaplanMeierOptions.Default;
        var z = PointwiseConfidence.NormalQuantile(options.ConfidenceLevel);
        var (curveCodes, labels) = CurveCodes(data);
        var table = EventTable.Build(data.TimeArray, data.StatusArray, curveCodes, labels.Length, null, 1, options.TimeFix);
        var curves = new KaplanMeierCurve[labels.Length];
        for (var c = 0; c < labels.Length; c++)
        {
            var from = table.Start[c];
            var m = table.Start[c + 1] - from;
            var time = new double[m];
            var risk = new int[m];
            var events = new int[m];
            var censored = new int[m];
            var atRisk = table.Rows[c];
            for (var j = 0; j < m; j++)
            {
                time[j] = table.Time[from + j];
                events[j] = table.Events[from + j];
                censored[j] = table.Censored[from + j];
                risk[j] = atRisk;
                atRisk -= events[j] + censored[j];
            }

            curves[c] = new KaplanMeierCurve(labels[c], time, risk, events, censored, options, z);
        }

        return new KaplanMeierFit(curves, options);
    }

    /// <summary>One code per row for its curve: the group level, or group × stratum (R's <c>group=a, strata=b</c>).</summary>
    private static (int[]? Codes, string[] Labels) CurveCodes(SurvivalData data)
    {
        var group = data.Group;
        var strata = data.Strata;
        if (group is null && strata is null)
        {
            return (null, ["all"]);
        }

        if (group is null || strata is null)
        {
            var only = (group ?? strata)!;
            return (only.CodeArray, Enumerable.Range(0, only.LevelCount).Select(only.Label).ToArray());
        }

        // Combinations that occur, ordered by group level then stratum level.
        var used = new bool[group.LevelCount * strata.LevelCount];
        var g = group.CodeArray;
        var s = strata.CodeArray;
        for (var i = 0; i < g.Length; i++)
        {
            used[(g[i] * strata.LevelCount) + s[i]] = true;
        }

        var map = new int[used.Length];
        var labels = new List<string>();
        for (var k = 0; k < used.Length; k++)
        {
            map[k] = used[k] ? labels.Count : -1;
            if (used[k])
            {
                labels.Add(group.Label(k / strata.LevelCount) + ", " + strata.Label(k % strata.LevelCount));
            }
        }

        var codes = new int[g.Length];
        for (var i = 0; i < g.Length; i++)
        {
            codes[i] = map[(g[i] * strata.LevelCount) + s[i]];
        }

        return (codes, [.. labels]);
    }
}
