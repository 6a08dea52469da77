namespace SmnpcRepro.Analysis.Reconstruction.Fast;

/// <summary>
/// The Breslow likelihood of a multivariate model over patient rows sorted by time, descending, with
/// centred covariates (centring does not change the estimates; it keeps exp(xβ) in range).
/// </summary>
internal sealed class RowBreslow(int maxRows, int maxParameters) : BreslowLikelihood
{
    private readonly double[] _x = new double[maxRows * maxParameters];
    private readonly bool[] _death = new bool[maxRows];
    private readonly int[] _blockStart = new int[maxRows + 1];
    private readonly double[] _s1 = new double[maxParameters];
    private readonly double[] _s2 = new double[maxParameters * maxParameters];
    private readonly double[] _deadX = new double[maxParameters];
    private int _rows;
    private int _blocks;
    private int _p;

    public override int Parameters => _p;

    /// <summary>Covariate matrix (rows × p, row-major, rows by descending time) and the death flags.</summary>
    public Span<double> Covariates => _x.AsSpan(0, _rows * _p);

    /// <summary>Starts loading a model of <paramref name="rows"/> rows and <paramref name="p"/> covariates.</summary>
    public void Reset(int rows, int p)
    {
        _rows = rows;
        _p = p;
        _blocks = 0;
    }

    /// <summary>Row <paramref name="row"/>'s death flag.</summary>
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

    public override double Evaluate(ReadOnlySpan<double> beta, Span<double> score, Span<double> information)
    {
        var p = _p;
        var s1 = _s1.AsSpan(0, p);
        var s2 = _s2.AsSpan(0, p * p);
        var deadX = _deadX.AsSpan(0, p);
        s1.Clear();
        s2.Clear();
        score[..p].Clear();
        information[..(p * p)].Clear();
        double s0 = 0, loglik = 0;
        for (var b = 0; b < _blocks; b++)
        {
            deadX.Clear();
            double deadEta = 0;
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
                    d++;
                    deadEta += eta;
                    for (var j = 0; j < p; j++)
                    {
                        deadX[j] += x[j];
                    }
                }
            }

            if (d == 0)
            {
                continue;
            }

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
