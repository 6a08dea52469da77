namespace SmnpcRepro.Survival.Cox;

/// <summary>
/// The scaled Schoenfeld residuals that survival ≥ 3.0's <c>cox.zph(fit, transform = "km")</c> returns for
/// plotting β(t) (Grambsch &amp; Therneau 1994): <c>$y</c>, <c>$x</c> and <c>$time</c>. For each event, the
/// Schoenfeld residual x − x̄(t) (x̄ averaged over Efron's tied-death weights as the C routine <c>zph1</c>
/// does) is multiplied by (I / d)⁻¹, I the information at β̂ and d the events of the stratum, and β̂ is
/// added: a smooth of the residuals against time estimates β(t), flat when hazards are proportional.
/// </summary>
public static class ScaledSchoenfeldResiduals
{
    /// <summary>
    /// The residuals of every estimable coefficient (one column each, as R's <c>terms = FALSE</c>; the same as
    /// R's default when every term has one column). A covariate constant within a stratum has no residual
    /// there (NaN, R's NA).
    /// </summary>
    public static ScaledSchoenfeldResult Compute(CoxFit fit)
    {
        ArgumentNullException.ThrowIfNull(fit);
        var problem = fit.Problem;
        var columns = Enumerable.Range(0, problem.P).Where(j => fit.Coefficients[j].IsEstimable).ToArray();
        var p = columns.Length;
        var events = problem.EventCount;
        var residuals = new double[events * p];
        var information = new double[p * p];
        var used = UsedEvents(problem, columns);
        Accumulate(problem, fit.SortedLinearPredictors, columns, fit.Ties == TieMethod.Efron, residuals, information);

        // Back to the covariates' own scale: the problem stores (x − mean) · scale.
        for (var a = 0; a < p; a++)
        {
            var sa = problem.Scale[columns[a]];
            for (var e = 0; e < events; e++)
            {
                residuals[(e * p) + a] /= sa;
            }

            for (var b = 0; b < p; b++)
            {
                information[(a * p) + b] /= sa * problem.Scale[columns[b]];
            }
        }

        var scaled = Scale(problem, used, residuals, information, p, fit.CholeskyTolerance);
        var time = new double[events];
        var stratum = new string[events];
        var transformed = new double[events];
        var before = ProportionalHazardsTest.SurvivalJustBefore(problem);
        var e2 = 0;
        for (var i = 0; i < problem.N; i++)
        {
            if (problem.Status[i] == 1)
            {
                time[e2] = problem.Time[i];
                transformed[e2] = 1 - before[i];
                stratum[e2] = problem.StratumLabels[problem.StratumOf(i)];
                e2++;
            }
        }

        var result = new IReadOnlyList<double>[p];
        for (var a = 0; a < p; a++)
        {
            var column = new double[events];
            var beta = fit.Coefficients[columns[a]].Coefficient;
            for (var e = 0; e < events; e++)
            {
                column[e] = scaled[(e * p) + a] + beta;
            }

            result[a] = column;
        }

        return new ScaledSchoenfeldResult(
            "km",
            columns.Select(j => fit.Coefficients[j].Name).ToArray(),
            time,
            transformed,
            fit.Strata.Count == 0 ? [] : stratum,
            result);
    }

    /// <summary><c>zph1</c>'s <c>used</c>: per stratum and column, the stratum's events if the column varies there, else 0.</summary>
    private static int[,] UsedEvents(CoxProblem problem, int[] columns)
    {
        var used = new int[problem.StratumCount, columns.Length];
        for (var s = 0; s < problem.StratumCount; s++)
        {
            var from = problem.StratumStart[s];
            var to = problem.StratumStart[s + 1];
            var deaths = 0;
            for (var i = from; i < to; i++)
            {
                deaths += problem.Status[i];
            }

            for (var a = 0; a < columns.Length; a++)
            {
                var first = problem.X[((long)from * problem.P) + columns[a]];
                for (var i = from + 1; i < to; i++)
                {
                    if (problem.X[((long)i * problem.P) + columns[a]] != first)
                    {
                        used[s, a] = deaths;
                        break;
                    }
                }
            }
        }

        return used;
    }

    /// <summary>
    /// One backward pass per stratum (<c>zph1</c>): the unscaled Schoenfeld residual of every event, in
    /// sorted order, and the information matrix at β̂.
    /// </summary>
    private static void Accumulate(CoxProblem problem, double[] lp, int[] columns, bool efron, double[] residuals, double[] information)
    {
        var p = columns.Length;
        var stride = problem.P;
        var x = problem.X;
        var a = new double[p];
        var a2 = new double[p];
        var cmat = new double[p * p];
        var cmat2 = new double[p * p];
        var nextEvent = problem.EventCount;
        for (var s = problem.StratumCount - 1; s >= 0; s--)
        {
            var first = problem.StratumStart[s];
            var person = problem.StratumStart[s + 1] - 1;
            var denom = 0.0;
            Array.Clear(a);
            Array.Clear(cmat);
            while (person >= first)
            {
                var dtime = problem.Time[person];
                var deaths = 0;
                var denom2 = 0.0;
                Array.Clear(a2);
                Array.Clear(cmat2);
                for (; person >= first && problem.Time[person] == dtime; person--)
                {
                    var risk = Math.Exp(lp[person]);
                    var row = (long)person * stride;
                    if (problem.Status[person] == 0)
                    {
                        denom += risk;
                        AddOuter(a, cmat, x, row, columns, risk);
                    }
                    else
                    {
                        deaths++;
                        denom2 += risk;
                        nextEvent--;
                        for (var i = 0; i < p; i++)
                        {
                            residuals[(nextEvent * p) + i] = x[row + columns[i]];
                        }

                        AddOuter(a2, cmat2, x, row, columns, risk);
                    }
                }

                if (deaths == 0)
                {
                    continue;
                }

                if (!efron)
                {
                    denom += denom2;
                    for (var i = 0; i < p; i++)
                    {
                        a[i] += a2[i];
                        var mean = a[i] / denom;
                        for (var j = 0; j <= i; j++)
                        {
                            cmat[(i * p) + j] += cmat2[(i * p) + j];
                            information[(j * p) + i] += deaths * (cmat[(i * p) + j] - (mean * a[j])) / denom;
                        }

                        for (var k = 0; k < deaths; k++)
                        {
                            residuals[((nextEvent + k) * p) + i] -= mean;
                        }
                    }
                }
                else
                {
                    for (var i = 0; i < p; i++)
                    {
                        var meanOfMeans = 0.0;
                        for (var k = 0; k < deaths; k++)
                        {
                            var fraction = (k + 1.0) / deaths;
                            meanOfMeans += (a[i] + (a2[i] * fraction)) / (denom + (denom2 * fraction));
                        }

                        for (var k = 0; k < deaths; k++)
                        {
                            residuals[((nextEvent + k) * p) + i] -= meanOfMeans / deaths;
                        }
                    }

                    for (var k = 0; k < deaths; k++)
                    {
                        denom += denom2 / deaths;
                        for (var i = 0; i < p; i++)
                        {
                            a[i] += a2[i] / deaths;
                            var mean = a[i] / denom;
                            for (var j = 0; j <= i; j++)
                            {
                                cmat[(i * p) + j] += cmat2[(i * p) + j] / deaths;
                                information[(j * p) + i] += (cmat[(i * p) + j] - (mean * a[j])) / denom;
                            }
                        }
                    }
                }
            }
        }

        for (var i = 0; i < p; i++)
        {
            for (var j = 0; j < i; j++)
            {
                information[(i * p) + j] = information[(j * p) + i];
            }
        }
    }

    private static void AddOuter(double[] a, double[] cmat, double[] x, long row, int[] columns, double risk)
    {
        var p = columns.Length;
        for (var i = 0; i < p; i++)
        {
            var ri = risk * x[row + columns[i]];
            a[i] += ri;
            for (var j = 0; j <= i; j++)
            {
                cmat[(i * p) + j] += ri * x[row + columns[j]];
            }
        }
    }

    /// <summary>
    /// <c>cox.zph</c>'s scaling: V̄ = I / W with W_ij = Σ_s min(used_si, used_sj); each event's residual r
    /// (over the columns used in its stratum) becomes V̄⁻¹ r; columns not used there are NaN.
    /// </summary>
    private static double[] Scale(CoxProblem problem, int[,] used, double[] residuals, double[] information, int p, double toler)
    {
        var vmean = new double[p * p];
        for (var i = 0; i < p; i++)
        {
            for (var j = 0; j < p; j++)
            {
                var w = 0;
                for (var s = 0; s < problem.StratumCount; s++)
                {
                    w += Math.Min(used[s, i], used[s, j]);
                }

                vmean[(i * p) + j] = information[(i * p) + j] / (w == 0 ? 1 : w);
            }
        }

        var scaled = new double[residuals.Length];
        Array.Fill(scaled, double.NaN);
        var e = 0;
        for (var s = 0; s < problem.StratumCount; s++)
        {
            var kept = Enumerable.Range(0, p).Where(j => used[s, j] > 0).ToArray();
            var k = kept.Length;
            var factor = new double[k * k];
            for (var i = 0; i < k; i++)
            {
                for (var j = 0; j < k; j++)
                {
                    factor[(i * k) + j] = vmean[(kept[i] * p) + kept[j]];
                }
            }

            if (k > 0)
            {
                CholeskySolver.Decompose(factor, k, toler);
            }

            var rhs = new double[k];
            for (var i = problem.StratumStart[s]; i < problem.StratumStart[s + 1]; i++)
            {
                if (problem.Status[i] == 0)
                {
                    continue;
                }

                if (k > 0)
                {
                    for (var j = 0; j < k; j++)
                    {
                        rhs[j] = residuals[(e * p) + kept[j]];
                    }

                    CholeskySolver.Solve(factor, k, rhs);
                    for (var j = 0; j < k; j++)
                    {
                        scaled[(e * p) + kept[j]] = rhs[j];
                    }
                }

                e++;
            }
        }

        return scaled;
    }
}
