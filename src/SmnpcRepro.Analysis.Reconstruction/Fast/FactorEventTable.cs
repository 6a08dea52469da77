namespace SmnpcRepro.Analysis.Reconstruction.Fast;

/// <summary>
/// One factor's survival at each distinct death time, ascending: the time, and per group the patients at
/// risk and the deaths. Everything the log-rank test, the Kaplan–Meier medians and a one-covariate Cox
/// model need. Reused between evaluations (no allocation).
/// </summary>
internal sealed class FactorEventTable(int maxEventTimes, int maxGroups)
{
    public int Groups { get; private set; }

    public int EventTimes { get; private set; }

    public int[] Time { get; } = new int[maxEventTimes];

    public int[] AtRisk { get; } = new int[maxEventTimes * maxGroups];

    public int[] Deaths { get; } = new int[maxEventTimes * maxGroups];

    /// <summary>
    /// Tabulates patients sorted by time (<paramref name="order"/>, ascending) with distinct-time blocks
    /// starting at <paramref name="blockStart"/> (last entry = patient count).
    /// </summary>
    public void Build(ReadOnlySpan<int> order, ReadOnlySpan<int> blockStart, int blocks, ReadOnlySpan<int> time, ReadOnlySpan<bool> death, ReadOnlySpan<int> group, int groups)
    {
        Groups = groups;
        Span<int> atRisk = stackalloc int[groups];
        Span<int> dead = stackalloc int[groups];
        atRisk.Clear();
        foreach (var g in group)
        {
            atRisk[g]++;
        }

        var e = 0;
        for (var b = 0; b < blocks; b++)
        {
            dead.Clear();
            var any = false;
            for (var r = blockStart[b]; r < blockStart[b + 1]; r++)
            {
                var i = order[r];
                if (death[i])
                {
                    dead[group[i]]++;
                    any = true;
                }
            }

            if (any)
            {
                Time[e] = time[order[blockStart[b]]];
                for (var g = 0; g < groups; g++)
                {
                    AtRisk[(e * groups) + g] = atRisk[g];
                    Deaths[(e * groups) + g] = dead[g];
                }

                e++;
            }

            for (var r = blockStart[b]; r < blockStart[b + 1]; r++)
            {
                var i = order[r];
                atRisk[group[i]]--;
            }
        }

        EventTimes = e;
    }

    /// <summary>SPSS's median of group <paramref name="g"/>: the first death time with S ≤ 0.5 (NaN when not reached).</summary>
    public double SpssMedian(int g)
    {
        const double Tolerance = 1.4901161193847656e-08;
        var survival = 1.0;
        for (var e = 0; e < EventTimes; e++)
        {
            var d = Deaths[(e * Groups) + g];
            if (d == 0)
            {
                continue;
            }

            var n = AtRisk[(e * Groups) + g];
            survival *= (n - d) / (double)n;
            if (survival <= 0.5 + Tolerance)
            {
                return Time[e] / (double)ReconstructionState.TimeScale;
            }
        }

        return double.NaN;
    }

    /// <summary>The log-rank (survdiff) chi-square across the groups, on groups − 1 df.</summary>
    public double LogRankChiSquare()
    {
        var k = Groups;
        Span<double> oMinusE = stackalloc double[k];
        Span<double> v = stackalloc double[k * k];
        oMinusE.Clear();
        v.Clear();
        for (var e = 0; e < EventTimes; e++)
        {
            double n = 0, d = 0;
            for (var g = 0; g < k; g++)
            {
                n += AtRisk[(e * k) + g];
                d += Deaths[(e * k) + g];
            }

            for (var g = 0; g < k; g++)
            {
                oMinusE[g] += Deaths[(e * k) + g] - (d * AtRisk[(e * k) + g] / n);
            }

            if (n > 1)
            {
                var kt = d * (n - d) / (n * n * (n - 1));
                for (var a = 0; a < k; a++)
                {
                    var tmp = kt * AtRisk[(e * k) + a];
                    for (var c = 0; c < k; c++)
                    {
                        v[(a * k) + c] -= tmp * AtRisk[(e * k) + c];
                    }

                    v[(a * k) + a] += tmp * n;
                }
            }
        }

        // Drop group 0 (the statistic does not depend on which one is dropped).
        if (k == 2)
        {
            return oMinusE[1] * oMinusE[1] / v[3];
        }

        var a11 = v[(1 * k) + 1];
        var a12 = v[(1 * k) + 2];
        var a22 = v[(2 * k) + 2];
        var det = (a11 * a22) - (a12 * a12);
        var u1 = oMinusE[1];
        var u2 = oMinusE[2];
        return ((a22 * u1 * u1) - (2 * a12 * u1 * u2) + (a11 * u2 * u2)) / det;
    }
}
