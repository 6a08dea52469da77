using SmnpcRepro.Survival.Cox;

namespace SmnpcRepro.Analysis.Reconstruction.Fast;

/// <summary>
/// The Breslow likelihood of one factor's covariate (one value per group) from its event table: per
/// event time, the patients at risk and the deaths in each group. With 2–3 groups each evaluation costs
/// a few exponentials and one logarithm per event time. Fitted by the survival library's
/// <see cref="CoxNewtonRaphson"/>.
/// </summary>
internal sealed class GroupedBreslow(FactorEventTable table, double[] covariate) : IPartialLikelihood
{
    public int Parameters => 1;

    public double Evaluate(ReadOnlySpan<double> beta, Span<double> score, Span<double> information)
    {
        var b = beta[0];
        var k = table.Groups;
        Span<double> weight = stackalloc double[k];
        for (var g = 0; g < k; g++)
        {
            weight[g] = Math.Exp(b * covariate[g]);
        }

        double loglik = 0, u = 0, info = 0;
        for (var e = 0; e < table.EventTimes; e++)
        {
            double s0 = 0, s1 = 0, s2 = 0, dx = 0;
            var d = 0;
            for (var g = 0; g < k; g++)
            {
                var x = covariate[g];
                var w = table.AtRisk[(e * k) + g] * weight[g];
                s0 += w;
                s1 += w * x;
                s2 += w * x * x;
                var deaths = table.Deaths[(e * k) + g];
                dx += deaths * x;
                d += deaths;
            }

            var mean = s1 / s0;
            loglik += (b * dx) - (d * Math.Log(s0));
            u += dx - (d * mean);
            info += d * ((s2 / s0) - (mean * mean));
        }

        score[0] = u;
        information[0] = info;
        return loglik;
    }
}
