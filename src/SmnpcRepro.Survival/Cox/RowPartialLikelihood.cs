namespace SmnpcRepro.Survival.Cox;

/// <summary>
/// The Cox log partial likelihood of up to <c>maxRows</c> rows and <c>maxParameters</c> covariates held in
/// caller-owned arrays, reused between fits without allocation: the rows sorted by time, descending, with the
/// first row of each distinct time marked, and centred covariates (centring does not change the estimates; it
/// keeps exp(xβ) in range). Breslow or Efron ties, as R's <c>coxfit6_iter</c> defines them; with one stratum,
/// unit weights and no offset. Load with <see cref="Reset"/>, <see cref="Covariates"/>,
/// <see cref="SetDeath"/> and <see cref="StartBlock"/>, then <see cref="Complete"/>; fit with
/// <see cref="CoxNewtonRaphson.Fit"/>.
/// </summary>
public sealed class RowPartialLikelihood : IPartialLikelihood
{
    private readonly double[] _x;
    private readonly bool[] _death;
    private readonly int[] _blockStart;
    private readonly double[] _s1;
    private readonly double[] _s2;
    private readonly double[] _deadX;
    private readonly double[] _deadS1;
    private readonly double[] _deadS2;
    private int _rows;
    private int _blocks;
    private int _p;
    private bool _efron;

    /// <summary>Arrays for up to <paramref name="maxRows"/> rows of <paramref name="maxParameters"/> covariates.</summary>
    public RowPartialLikelihood(int maxRows, int maxParameters)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxRows);
        ArgumentOutOfRangeException.ThrowIfNegative(maxParameters);
        _x = new double[maxRows * maxParameters];
        _death = new bool[maxRows];
        _blockStart = new int[maxRows + 1];
        _s1 = new double[maxParameters];
        _s2 = new double[maxParameters * maxParameters];
        _deadX = new double[maxParameters];
        _deadS1 = new double[maxParameters];
        _deadS2 = new double[maxParameters * maxParameters];
    }

    /// <inheritdoc/>
    public int Parameters => _p;

    /// <summary>Rows loaded.</summary>
    public int Rows => _rows;

    /// <summary>Covariate matrix (rows × p, row-major, rows by descending time).</summary>
    public Span<double> Covariates => _x.AsSpan(0, _rows * _p);

    /// <summary>Starts loading a model of <paramref name="rows"/> rows and <paramref name="parameters"/> covariates with <paramref name="ties"/>.</summary>
    public void Reset(int rows, int parameters, TieMethod ties)
    {
        if (rows > _death.Length || rows * parameters > _x.Length || parameters > _s1.Length || rows < 0 || parameters < 0)
        {
            throw new ArgumentException(FormattableString.Invariant($"{rows} rows of {parameters} covariates do not fit arrays for {_death.Length} rows of {_s1.Length}."));
        }

        _rows = rows;
        _p = parameters;
        _blocks = 0;
        _efron = ties == TieMethod.Efron;
    }

    /// <summary>Row <paramref name="row"/>'s status: true for a death, false for a censoring.</summary>
    public void SetDeath(int row, bool death) => _death[row] = death;

    /// <summary>Marks row <paramref name="row"/> as the first of a new distinct time.</summary>
    public void StartBlock(int row) => _blockStart[_blocks++] = row;

    /// <summary>Closes the block list and centres each covariate.</summary>
    public void Complete()
    {
        _blockStart[_blocks] = _rows;
        for (var j = 0; j < _p; j++)
        {
            var mean = 0.0;
            for (var r = 0; r < _rows; r++)
            {
                mean += _x[(r * _p) + j];
            }

            mean /= _rows;
            for (var r = 0; r < _rows; r++)
            {
                _x[(r * _p) + j] -= mean;
            }
        }
    }

    /// <inheritdoc/>
    public double Evaluate(ReadOnlySpan<double> beta, Span<double> score, Span<double> information)
    {
        var p = _p;
        var s1 = _s1.AsSpan(0, p);
        var s2 = _s2.AsSpan(0, p * p);
        var deadX = _deadX.AsSpan(0, p);
        var deadS1 = _deadS1.AsSpan(0, p);
        var deadS2 = _deadS2.AsSpan(0, p * p);
        s1.Clear();
        s2.Clear();
        score[..p].Clear();
        information[..(p * p)].Clear();
        double s0 = 0, loglik = 0;
        for (var b = 0; b < _blocks; b++)
        {
            deadX.Clear();
            double deadEta = 0, deadS0 = 0;
            var d = 0;
            for (var r = _blockStart[b]; r < _blockStart[b + 1]; r++)
            {
                var x = _x.AsSpan(r * p, p);
                var eta = 0.0;
                for (var j = 0; j < p; j++)
                {
                    eta += beta[j] * x[j];
                }

                var w = Math.Exp(eta);
                s0 += w;
                for (var j = 0; j < p; j++)
                {
                    var wx = w * x[j];
                    s1[j] += wx;
                    for (var l = 0; l <= j; l++)
                    {
                        s2[(j * p) + l] += wx * x[l];
                    }
                }

                if (_death[r])
                {
                    if (d == 0 && _efron)
                    {
                        deadS1.Clear();
                        deadS2.Clear();
                    }

                    d++;
                    deadEta += eta;
                    for (var j = 0; j < p; j++)
                    {
                        deadX[j] += x[j];
                    }

                    if (_efron)
                    {
                        deadS0 += w;
                        for (var j = 0; j < p; j++)
                        {
                            var wx = w * x[j];
                            deadS1[j] += wx;
                            for (var l = 0; l <= j; l++)
                            {
                                deadS2[(j * p) + l] += wx * x[l];
                            }
                        }
                    }
                }
            }

            if (d == 0)
            {
                continue;
            }

            if (!_efron || d == 1)
            {
                loglik += deadEta - (d * Math.Log(s0));
                for (var j = 0; j < p; j++)
                {
                    var mj = s1[j] / s0;
                    score[j] += deadX[j] - (d * mj);
                    for (var l = 0; l <= j; l++)
                    {
                        information[(j * p) + l] += d * ((s2[(j * p) + l] / s0) - (mj * s1[l] / s0));
                    }
                }

                continue;
            }

            // Efron: the k-th of the d tied deaths sees the risk set less k/d of the deaths' weight.
            loglik += deadEta;
            for (var j = 0; j < p; j++)
            {
                score[j] += deadX[j];
            }

            for (var k = 0; k < d; k++)
            {
                var f = (double)k / d;
                var den = s0 - (f * deadS0);
                loglik -= Math.Log(den);
                for (var j = 0; j < p; j++)
                {
                    var mj = (s1[j] - (f * deadS1[j])) / den;
                    score[j] -= mj;
                    for (var l = 0; l <= j; l++)
                    {
                        var ml = (s1[l] - (f * deadS1[l])) / den;
                        information[(j * p) + l] += ((s2[(j * p) + l] - (f * deadS2[(j * p) + l])) / den) - (mj * ml);
                    }
                }
            }
        }

        for (var j = 0; j < p; j++)
        {
            for (var l = j + 1; l < p; l++)
            {
                information[(j * p) + l] = information[(l * p) + j];
            }
        }

        return loglik;
    }
}
