using SmnpcRepro.Survival.KaplanMeier;

namespace SmnpcRepro.Survival.Tests.KaplanMeier;

/// <summary>
/// <see cref="QuantileRules.FindQuantile"/> works in one pass without copies (and, for a curve that never goes
/// back up, without a set of the values seen). The oracle is R's <c>findq</c> written out step by step:
/// x = c(0, time), y = c(0, 1 − s); drop <c>duplicated(y)</c>; <c>approx(y ± tol, seq_along(y), p,
/// "constant", f = 1)</c> with NA pairs dropped; the p = 0 and p = last(y) rules. Same result to the bit on
/// curves with ties, NA stretches, a flat end at p, bands that go back up (a plain CI), and an empty curve.
/// </summary>
public sealed class FindQuantileTests
{
    private static readonly double Tol = Math.Sqrt(2.220446049250313e-16);

    [Fact]
    public void One_pass_equals_findq_written_out_on_monotone_and_non_monotone_curves()
    {
        var random = new Random(20061);
        var cases = 0;
        for (var trial = 0; trial < 3000; trial++)
        {
            var n = random.Next(0, 40);
            var time = new double[n];
            var s = new double[n];
            var t = 0.0;
            var level = 1.0;
            var monotone = trial % 3 != 0;
            for (var i = 0; i < n; i++)
            {
                t += random.Next(0, 3) == 0 ? 0 : random.Next(1, 5);
                time[i] = t;
                if (monotone)
                {
                    // Steps from a small set, so ties and exact hits of p are common.
                    level = random.Next(0, 3) == 0 ? level : Math.Max(0, level - (random.Next(1, 5) / 8.0));
                    s[i] = level;
                }
                else
                {
                    s[i] = random.Next(0, 9) / 8.0;
                }

                if (random.Next(0, 6) == 0)
                {
                    s[i] = double.NaN;
                }
            }

            foreach (var p in new[] { 0, 0.125, 0.25, 0.5, 0.5 + (Tol / 2), 0.5 - (Tol / 2), 0.75, 0.875, 1, random.NextDouble() })
            {
                var expected = Oracle(time, s, p);
                var actual = QuantileRules.FindQuantile(time, s, p);
                Assert.True(expected.Equals(actual), $"trial {trial}, p {p:R}: findq {expected:R}, one pass {actual:R}; s = [{string.Join(", ", s)}]");
                cases++;
            }
        }

        Assert.Equal(30000, cases);
    }

    [Fact]
    public void A_flat_end_at_p_takes_the_midpoint_with_the_last_time()
    {
        // S drops to 0.5 at time 2 and stays there to time 6: the median is (2 + 6) / 2 as in R.
        double[] time = [1, 2, 4, 6];
        double[] s = [0.75, 0.5, 0.5, 0.5];
        Assert.Equal(4.0, QuantileRules.FindQuantile(time, s, 0.5));
        Assert.Equal(Oracle(time, s, 0.5), QuantileRules.FindQuantile(time, s, 0.5));
    }

    /// <summary>R's findq(c(0, time), c(0, 1 − s), p, tol), one vector operation at a time.</summary>
    private static double Oracle(double[] time, double[] s, double p)
    {
        var x = new List<double> { 0 };
        var y = new List<double> { 0 };
        x.AddRange(time);
        y.AddRange(s.Select(v => 1 - v));
        if (!y.Any(v => !double.IsNaN(v) && v >= p))
        {
            return double.NaN;
        }

        var xmax = x[^1];
        var keepX = new List<double>();
        var keepY = new List<double>();
        for (var i = 0; i < y.Count; i++)
        {
            var duplicated = false;
            for (var k = 0; k < i && !duplicated; k++)
            {
                duplicated = y[k].Equals(y[i]);
            }

            if (!duplicated)
            {
                keepX.Add(x[i]);
                keepY.Add(y[i]);
            }
        }

        var index1 = ConstantRight(keepY, Tol, p);
        var index2 = ConstantRight(keepY, -Tol, p);
        var quantile = index1 < 0 || index2 < 0 ? double.NaN : (keepX[index1] + keepX[index2]) / 2;
        if (p == 0)
        {
            quantile = keepX[0];
        }

        var last = keepY[^1];
        if (!double.IsNaN(last) && Math.Abs(p - last) < Tol)
        {
            quantile = index1 < 0 ? double.NaN : (keepX[index1] + xmax) / 2;
        }

        return quantile;
    }

    /// <summary>approx(v + shift, seq_along(v), p, "constant", f = 1) with NA dropped: the first smallest v + shift ≥ p, or −1 outside the range.</summary>
    private static int ConstantRight(List<double> v, double shift, double p)
    {
        var kept = Enumerable.Range(0, v.Count).Where(k => !double.IsNaN(v[k])).ToArray();
        if (kept.Length == 0 || p < kept.Min(k => v[k] + shift))
        {
            return -1;
        }

        var above = kept.Where(k => v[k] + shift >= p).ToArray();
        if (above.Length == 0)
        {
            return -1;
        }

        var smallest = above.Min(k => v[k] + shift);
        return above.First(k => v[k] + shift == smallest);
    }
}
