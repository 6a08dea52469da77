using System.CommandLine;
using SmnpcRepro.Stats.Analyses;
using SmnpcRepro.Stats.Input;
using SmnpcRepro.Survival.LogRank;

namespace SmnpcRepro.Cli.Commands.Stats;

/// <summary>
/// <c>smnpc stats logrank</c>: the k-sample log-rank family on any CSV, as R's <c>survdiff</c> (G-rho),
/// plus Gehan–Breslow and Tarone–Ware weights, strata, pairwise comparisons, the trend test and permutation
/// p-values — a table, or JSON with R's names (docs/stats-json.md). Exit 0, or 2 on bad input.
/// </summary>
public static class LogRankCommand
{
    /// <summary>Creates the verb.</summary>
    public static Command Create(CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        var command = new Command("logrank", "Log-rank test and its weighted forms across the levels of --group (R's survdiff), optionally stratified, pairwise, for trend, or by permutation.");
        var shared = SurvivalCsvOptions.AddTo(command, groupRequired: true);
        var rho = new Option<double>("--rho") { Description = "G-rho weight S(t-)^rho, as survdiff: 0 = log-rank (default), 1 = Peto-Peto.", DefaultValueFactory = _ => 0.0 };
        // grho stands for the G-rho family; --rho picks its member (log-rank, Peto-Peto, Fleming-Harrington).
        var weight = ChoiceOption.Create("--weight", "Weight: grho (S(t-)^rho, the default), gehan (n at risk; SPSS 'Breslow'), tarone-ware (sqrt n).", LogRankWeight.FlemingHarrington,
            ("grho", LogRankWeight.FlemingHarrington), ("gehan", LogRankWeight.GehanBreslow), ("tarone-ware", LogRankWeight.TaroneWare));
        var pairwise = new Option<bool>("--pairwise") { Description = "Also test every pair of groups on its own rows (SPSS /COMPARE PAIRWISE; unadjusted)." };
        var trend = new Option<bool>("--trend") { Description = "Also the test for trend across the ordered groups (SPSS /TREND)." };
        var scores = new Option<string?>("--scores") { Description = "Group scores for --trend, comma-separated in level order (default 1,2,...,k)." };
        var permutations = new Option<int>("--permutations") { Description = "Monte Carlo permutation p-value with this many relabellings (0 = none).", DefaultValueFactory = _ => 0 };
        var exact = new Option<bool>("--exact") { Description = "Exact permutation p-value by full enumeration (two groups, no strata, small n)." };
        var statistic = ChoiceOption.Create("--permutation-statistic", "Statistic permuted: chisq (survdiff's chi-square, hypergeometric variance; default) or linear-rank (coin's standardised sum of log-rank scores).", PermutationStatistic.ChiSquare,
            ("chisq", PermutationStatistic.ChiSquare), ("linear-rank", PermutationStatistic.LinearRank));
        var seed = new Option<ulong>("--seed") { Description = "Seed of the Monte Carlo streams (same seed, same p on any machine).", DefaultValueFactory = _ => 20240101UL };
        foreach (var option in new Option[] { rho, weight, pairwise, trend, scores, permutations, exact, statistic, seed })
        {
            command.Options.Add(option);
        }

        command.SetAction(parse =>
        {
            try
            {
                var r = parse.GetValue(rho);
                if (!(r >= 0) || double.IsInfinity(r))
                {
                    throw new SurvivalInputException("--rho must be a number >= 0.");
                }

                var chosen = parse.GetValue(weight);
                var test = chosen == LogRankWeight.FlemingHarrington ? LogRankOptions.GRho(r) : new LogRankOptions { Weight = chosen };
                var request = new LogRankRequest(
                    shared.Request(parse),
                    test with { TimeFix = !parse.GetValue(shared.NoTimeFix) },
                    parse.GetValue(pairwise),
                    parse.GetValue(trend),
                    NumberList.Parse(parse.GetValue(scores), "--scores"),
                    parse.GetValue(permutations),
                    parse.GetValue(exact),
                    parse.GetValue(statistic),
                    parse.GetValue(seed));
                console.Write(LogRankAnalysis.Run(request, parse.GetValue(shared.Json)));
                return 0;
            }
            catch (SurvivalInputException e)
            {
                console.Error.WriteLine(e.Message);
                return 2;
            }
        });
        return command;
    }
}
