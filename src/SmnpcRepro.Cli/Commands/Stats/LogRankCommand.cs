using System.CommandLine;
using SmnpcRepro.Stats.Input;
using SmnpcRepro.Stats.Output;
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
                var request = shared.Request(parse);
                var r = parse.GetValue(rho);
                if (!(r >= 0) || double.IsInfinity(r))
                {
                    throw new SurvivalInputException("--rho must be a number >= 0.");
                }

                var chosen = parse.GetValue(weight);
                var test = chosen == LogRankWeight.FlemingHarrington ? LogRankOptions.GRho(r) : new LogRankOptions { Weight = chosen };
                test = test with { TimeFix = !parse.GetValue(shared.NoTimeFix) };
                var scoreList = NumberList.Parse(parse.GetValue(scores), "--scores");
                var resamples = parse.GetValue(permutations);
                if (resamples < 0)
                {
                    throw new SurvivalInputException("--permutations must be >= 0.");
                }

                var table = SurvivalCsvInput.Load(request);
                if (table.Data.Group!.LevelCount < 2)
                {
                    throw new SurvivalInputException($"{request.Path}: error: column '{request.Group}' has one level ('{table.Data.Group.Levels[0]}') among the rows used; a test needs at least two groups.");
                }

                if (scoreList.Length > 0 && scoreList.Length != table.Data.Group.LevelCount)
                {
                    throw new SurvivalInputException($"--scores has {scoreList.Length} values but '{request.Group}' has {table.Data.Group.LevelCount} levels ({string.Join(", ", table.Data.Group.Levels)}).");
                }

                var result = LogRankTest.Compute(table.Data, test);
                var pairs = parse.GetValue(pairwise) ? LogRankTest.Pairwise(table.Data, test) : null;
                var trendResult = parse.GetValue(trend) ? LogRankTest.Trend(table.Data, scoreList.Length > 0 ? scoreList : null, test) : null;
                var permutationOptions = new PermutationOptions
                {
                    Statistic = parse.GetValue(statistic),
                    Test = test,
                    Resamples = Math.Max(1, resamples),
                    Seed = parse.GetValue(seed),
                };
                var monteCarlo = resamples > 0 ? PermutationLogRank.MonteCarlo(table.Data, permutationOptions) : null;
                PermutationLogRankResult? exactResult = null;
                if (parse.GetValue(exact))
                {
                    try
                    {
                        exactResult = PermutationLogRank.Exact(table.Data, permutationOptions);
                    }
                    catch (ArgumentException e)
                    {
                        throw new SurvivalInputException($"--exact: {e.Message}");
                    }
                }

                console.Out.Write(parse.GetValue(shared.Json)
                    ? LogRankReport.Json(request, table, test.TimeFix, result, pairs, trendResult, monteCarlo, exactResult)
                    : LogRankReport.Table(table, result, pairs, trendResult, monteCarlo, exactResult));
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
