namespace SmnpcRepro.Survival.Cox.Firth;

/// <summary>
/// Breslow partial likelihood with Firth's penalty at one β, as coxphf's Fortran routine <c>LIKE</c>:
/// <para>
/// Inputs: rows sorted by time (ascending), covariates divided by their SD (here also centred, which
/// changes nothing but rounding), β. Outputs: the penalized log-likelihood pl(β) = log L(β) + penalty ·
/// log det I(β), the penalized score U*(β)_j = U_j + penalty · tr(I⁻¹ ∂I/∂β_j), and the unpenalized
/// information I(β) (coxphf's Newton steps and standard errors use it, not the penalized Hessian).
/// Work: the risk-set sums S0, S1 (p), S2 (p × p) and S3 (p × p × p), cumulated from the longest time down;
/// at each distinct time with d events, the Breslow terms with all tied rows in the risk set.
/// </para>
/// </summary>
internal sealed class FirthKernel
{
    private readonly double[] _time;
    private readonly byte[] _status;
    private readonly double[] _x;
    private readonly int _n;
    private readonly int _p;
    private readonly double _penalty;
    private readonly double[] _s1;
    private readonly double[] _s2;
    private readonly double[] _s3;
    private readonly double[] _derivative;

    public FirthKernel(double[] time, byte[] status, double[] x, int p, double penalty)
    {
        _time = time;
        _status = status;
        _x = x;
        _n = time.Length;
        _p = p;
        _penalty = penalty;
        _s1 = new double[p];
        _s2 = new double[p * p];
        _s3 = new double[p * p * p];
        _derivative = new double[p * p * p];
    }

    public int P => _p;

    /// <summary>
    /// Evaluates at <paramref name="beta"/>: returns pl(β) (or log L when the penalty is 0), writes U* into
    /// <paramref name="score"/> and I into <paramref name="information"/>. <paramref name="singular"/> is
    /// set when I has no positive determinant (coxphf's JCODE 2).
    /// </summary>
    public double Evaluate(ReadOnlySpan<double> beta, Span<double> score, Span<double> information, out bool singular)
    {
        var p = _p;
        var s1 = _s1.AsSpan();
        var s2 = _s2.AsSpan();
        var s3 = _s3.AsSpan();
        var dI = _derivative.AsSpan();
        s1.Clear();
        s2.Clear();
        s3.Clear();
        dI.Clear();
        score.Clear();
        information.Clear();
        var loglik = 0.0;
        var s0 = 0.0;
        var deaths = 0;
        for (var i = _n - 1; i >= 0; i--)
        {
            var row = _x.AsSpan(i * p, p);
            var bx = 0.0;
            for (var j = 0; j < p; j++)
            {
                bx += beta[j] * row[j];
            }

            var r = Math.Exp(bx);
            s0 += r;
            for (var j = 0; j < p; j++)
            {
                var rj = r * row[j];
                s1[j] += rj;
                for (var k = 0; k < p; k++)
                {
                    var rjk = rj * row[k];
                    s2[(j * p) + k] += rjk;
                    for (var l = 0; l < p; l++)
                    {
                        s3[(((j * p) + k) * p) + l] += rjk * row[l];
                    }
                }
            }

            if (_status[i] == 1)
            {
                deaths++;
                loglik += bx;
                for (var j = 0; j < p; j++)
                {
                    score[j] += row[j];
                }
            }

            if (deaths > 0 && (i == 0 || _time[i - 1] != _time[i]))
            {
                AddDeaths(deaths, s0, score, information, ref loglik);
                deaths = 0;
            }
        }

        singular = false;
        if (_penalty == 0)
        {
            return loglik;
        }

        // Penalty: + penalty * log det I and + penalty * tr(I^-1 dI/dbeta_j).
        var inverse = information.ToArray();
        if (!SymmetricInverse.TryInvert(inverse, p, out var logDet))
        {
            singular = true;
            return loglik + (_penalty * Math.Log(1e-44));
        }

        for (var j = 0; j < p; j++)
        {
            var trace = 0.0;
            for (var k = 0; k < p; k++)
            {
                for (var l = 0; l < p; l++)
                {
                    trace += inverse[(k * p) + l] * dI[(((j * p) + l) * p) + k];
                }
            }

            score[j] += _penalty * trace;
        }

        return loglik + (_penalty * logDet);
    }

    private void AddDeaths(int d, double s0, Span<double> score, Span<double> information, ref double loglik)
    {
        var p = _p;
        var s1 = _s1;
        var s2 = _s2;
        var s3 = _s3;
        loglik -= d * Math.Log(Math.Max(s0, 1e-44));
        for (var j = 0; j < p; j++)
        {
            score[j] -= d * s1[j] / s0;
            for (var k = 0; k < p; k++)
            {
                var jk = (j * p) + k;
                information[jk] += d * ((s2[jk] - (s1[j] / s0 * s1[k])) / s0);
                for (var l = 0; l < p; l++)
                {
                    // dI[k, l] / d beta_j, stored at [j, k, l].
                    _derivative[(jk * p) + l] += d * ((s3[(jk * p) + l]
                        - (s2[(k * p) + l] * s1[j] / s0)
                        - (s1[l] * (s2[(k * p) + j] - (s1[k] * s1[j] / s0)) / s0)
                        - (s1[k] * (s2[(l * p) + j] - (s1[l] * s1[j] / s0)) / s0)) / s0);
                }
            }
        }
    }
}
