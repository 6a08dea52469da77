using SmnpcRepro.Stats.Input;
using SmnpcRepro.Stats.Output;
using SmnpcRepro.Survival.LogRank;

namespace SmnpcRepro.Stats.Analyses;

/// <summary>
/// The workflow of <c>smnpc stats logrank</c>: validate → input (shared contract) → R's <c>survdiff</c>,
/// with pairwise, trend and permutation tests when asked → JSON or text.
/// </summary>
public static class LogRankAnalysis
{
    /// <summary>Runs the request; returns the JSON or the table.</summary>
    /// <exception cref="SurvivalInputException">Input that cannot be used; the message names file, line and column where it can.</exception>
    public static StatsOutput Run(LogRankRequest request, bool json)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Permutations < 0)
        {
            throw new SurvivalInputException("--permutations must be >= 0.");
        }

        var input = request.Input;
        var table = SurvivalCsvInput.Load(input);
        var group = table.Data.Group ?? throw new SurvivalInputException("--group is required for a log-rank test.");
        if (group.LevelCount < 2)
        {
            throw new SurvivalInputException($"{input.Path}: error: column '{input.Group}' has one level ('{group.Levels[0]}') among the rows used; a test needs at least two groups.");
        }

        if (request.Scores.Length > 0 && request.Scores.Length != group.LevelCount)
        {
            throw new SurvivalInputException($"--scores has {request.Scores.Length} values but '{input.Group}' has {group.LevelCount} levels ({string.Join(", ", group.Levels)}).");
        }

        var test = request.Test;
        var result = LogRankTest.Compute(table.Data, test);
        var pairs = request.Pairwise ? LogRankTest.Pairwise(table.Data, test) : null;
        var trend = request.Trend ? LogRankTest.Trend(table.Data, request.Scores.Length > 0 ? request.Scores : null, test) : null;
        var permutation = new PermutationOptions
        {
            Statistic = request.Statistic,
            Test = test,
            Resamples = Math.Max(1, request.Permutations),
            Seed = request.Seed,
        };
        var monteCarlo = request.Permutations > 0 ? PermutationLogRank.MonteCarlo(table.Data, permutation) : null;
        PermutationLogRankResult? exact = null;
        if (request.Exact)
        {
            try
            {
                exact = PermutationLogRank.Exact(table.Data, permutation);
            }
            catch (ArgumentException e)
            {
                throw new SurvivalInputException($"--exact: {e.Message}");
            }
        }

        return json
            ? LogRankReport.Json(input, table, test.TimeFix, result, pairs, trend, monteCarlo, exact)
            : StatsOutput.Of(LogRankReport.Table(table, result, pairs, trend, monteCarlo, exact));
    }
}
