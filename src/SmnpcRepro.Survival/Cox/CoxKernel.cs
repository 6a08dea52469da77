namespace SmnpcRepro.Survival.Cox;

/// <summary>
/// The Cox partial likelihood, its score and information at one β: R's <c>coxfit6_iter</c>.
/// <para>
/// Inputs: the sorted <see cref="CoxProblem"/> (time, status, strata, centred covariates x, n × p) and β.
/// Outputs: the log partial likelihood, the score u (p) and the information matrix (p × p, symmetric).
/// Work arrays (allocated once per kernel): a, a2 (p) weighted covariate sums of the risk set and of the
/// deaths at the current time; cmat, cmat2 (p × p, lower triangle) the same for x x'.
/// </para>
/// <para>
/// Within each stratum the rows are walked from the longest time down, so the risk-set sums are cumulative.
/// All rows at one time are added first (deaths into a2/cmat2); then, for Efron with d tied deaths, the
/// d terms with 1/d, 2/d, ..., d/d of the deaths in the denominator are added in closed form (the sums of
/// 1/denom_k and their weighted variants), which costs O(p²) per distinct death time instead of O(d p²).
/// Breslow (or a single death) is the one term with all deaths in.
/// </para>
/// </summary>
internal sealed class CoxKernel
{
    private readonly CoxProblem _problem;
    private readonly bool _efron;
    private readonly double[] _a;
    private readonly double[] _a2;
    private readonly double[] _cmat;
    private readonly double[] _cmat2;

    public CoxKernel(CoxProblem problem, TieMethod ties)
    {
        _problem = problem;
        _efron = ties == TieMethod.Efron;
        var p = problem.P;
        _a = new double[p];
        _a2 = new double[p];
        _cmat = new double[p * p];
        _cmat2 = new double[p * p];
    }

    /// <summary>Number of coefficients.</summary>
    public int P => _problem.P;

    /// <summary>
    /// Computes the log partial likelihood at <paramref name="beta"/> (on the centred, scaled covariates),
    /// writing the score into <paramref name="u"/> and the information into <paramref name="imat"/>.
    /// </summary>
    public double Evaluate(ReadOnlySpan<double> beta, Span<double> u, Span<double> imat)
    {
        var pr = _problem;
        var p = pr.P;
        var x = pr.X;
        var time = pr.Time;
        var status = pr.Status;
        var a = _a.AsSpan();
        var a2 = _a2.AsSpan();
        var cmat = _cmat.AsSpan();
        var cmat2 = _cmat2.AsSpan();
        u.Clear();
        imat.Clear();
        var loglik = 0.0;

        for (var s = 0; s < pr.StratumCount; s++)
        {
            var first = pr.StratumStart[s];
            var person = pr.StratumStart[s + 1] - 1;
            var denom = 0.0;
            a.Clear();
            cmat.Clear();
            while (person >= first)
            {
                var dtime = time[person];
                var ndead = 0;
                var denom2 = 0.0;
                while (person >= first && time[person] == dtime)
                {
                    var row = x.AsSpan(person * p, p);
                    var zbeta = 0.0;
                    for (var i = 0; i < p; i++)
                    {
                        zbeta += beta[i] * row[i];
                    }

                    var risk = Math.Exp(zbeta);
                    if (status[person] == 0)
                    {
                        denom += risk;
                        AddOuter(a, cmat, row, risk, p);
                    }
                    else
                    {
                        if (ndead == 0)
                        {
                            a2.Clear();
                            cmat2.Clear();
                        }

                        ndead++;
                        denom2 += risk;
                        loglik += zbeta;
                        for (var i = 0; i < p; i++)
                        {
                            u[i] += row[i];
                        }

                        AddOuter(a2, cmat2, row, risk, p);
                    }

                    person--;
                }

                if (ndead > 0)
                {
                    loglik -= AddDeaths(u, imat, denom, denom2, ndead, p);
                    denom += denom2;
                    for (var i = 0; i < p; i++)
                    {
                        a[i] += a2[i];
                        var ci = cmat.Slice(i * p, i + 1);
                        var ci2 = cmat2.Slice(i * p, i + 1);
                        for (var j = 0; j <= i; j++)
                        {
                            ci[j] += ci2[j];
                        }
                    }
                }
            }
        }

        for (var i = 0; i < p; i++)
        {
            for (var j = 0; j < i; j++)
            {
                imat[(j * p) + i] = imat[(i * p) + j];
            }
        }

        return loglik;
    }

    private static void AddOuter(Span<double> a, Span<double> cmat, ReadOnlySpan<double> row, double risk, int p)
    {
        for (var i = 0; i < p; i++)
        {
            var ri = risk * row[i];
            a[i] += ri;
            var ci = cmat.Slice(i * p, i + 1);
            for (var j = 0; j <= i; j++)
            {
                ci[j] += ri * row[j];
            }
        }
    }

    /// <summary>
    /// Adds the d tied deaths' terms to u and imat (lower triangle) and returns the sum of log denominators.
    /// denom, a, cmat hold the risk set without the deaths; denom2, a2, cmat2 the deaths.
    /// </summary>
    private double AddDeaths(Span<double> u, Span<double> imat, double denom, double denom2, int ndead, int p)
    {
        double s1, s2, t1, t2, t3, logSum;
        if (!_efron || ndead == 1)
        {
            var den = denom + denom2;
            s1 = s2 = ndead / den;
            t1 = t2 = t3 = s1 / den;
            logSum = ndead * Math.Log(den);
        }
        else
        {
            s1 = s2 = t1 = t2 = t3 = logSum = 0;
            for (var k = 1; k <= ndead; k++)
            {
                var frac = (double)k / ndead;
                var den = denom + (frac * denom2);
                var inv = 1 / den;
                var inv2 = inv * inv;
                logSum += Math.Log(den);
                s1 += inv;
                s2 += frac * inv;
                t1 += inv2;
                t2 += frac * inv2;
                t3 += frac * frac * inv2;
            }
        }

        var a = _a;
        var a2 = _a2;
        var cmat = _cmat;
        var cmat2 = _cmat2;
        for (var i = 0; i < p; i++)
        {
            u[i] -= (s1 * a[i]) + (s2 * a2[i]);
            var ai = a[i];
            var a2i = a2[i];
            var baseRow = i * p;
            for (var j = 0; j <= i; j++)
            {
                imat[baseRow + j] += (s1 * cmat[baseRow + j]) + (s2 * cmat2[baseRow + j])
                    - ((t1 * ai * a[j]) + (t2 * ((ai * a2[j]) + (a2i * a[j]))) + (t3 * a2i * a2[j]));
            }
        }

        return logSum;
    }
}
