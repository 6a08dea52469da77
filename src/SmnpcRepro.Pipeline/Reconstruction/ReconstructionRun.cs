using System.Text.Json;
using SmnpcRepro.Analysis.Reconstruction;
using SmnpcRepro.Cohort;

namespace SmnpcRepro.Pipeline.Reconstruction;

/// <summary>
/// What <c>smnpc reconstruct</c> did, as the facts its report prints that cannot be recomputed from the cohort
/// (the seed, the iterations, the chains' losses, the moves accepted, the starting loss). Written beside the
/// cohort as <c>data/reconstruction-run.json</c>, so the drift gate can rebuild <c>reconstruction-report.md</c>
/// from the cohort, the published numbers and the current analysis, and catch a report gone stale.
/// </summary>
/// <param name="Seed">Seed of the random streams.</param>
/// <param name="Iterations">Iterations run, per chain.</param>
/// <param name="IterationsAsked">Iterations asked, per chain.</param>
/// <param name="StoppedByBudget">Whether the time budget stopped the search early.</param>
/// <param name="InitialLoss">Loss of the synthesized starting cohort.</param>
/// <param name="FinalLoss">Loss of the cohort written.</param>
/// <param name="Accepted">Moves accepted.</param>
/// <param name="Chains">Independent chains.</param>
/// <param name="ChainLosses">Each chain's best loss.</param>
/// <param name="BestChain">Index of the chain whose best was kept.</param>
/// <param name="CycleLength">The schedule's cycle length (absent in records made before the schedule was recorded: <see cref="AnnealingSchedule.Earlier"/>).</param>
/// <param name="StartTemperature">The schedule's starting temperature.</param>
/// <param name="EndTemperature">The schedule's final temperature.</param>
/// <param name="PolishSweeps">The schedule's most polish sweeps.</param>
/// <param name="BandLength">The schedule's banded phase, in iterations per cycle (absent in records made before it: none).</param>
/// <param name="BandStartTemperature">The temperature the banded phase starts from.</param>
/// <param name="BandPhaseWeight">The weight of the tolerance bands in the banded phase.</param>
public sealed record ReconstructionRun(
    ulong Seed,
    long Iterations,
    long IterationsAsked,
    bool StoppedByBudget,
    double InitialLoss,
    double FinalLoss,
    long Accepted,
    int Chains,
    IReadOnlyList<double> ChainLosses,
    int BestChain,
    long? CycleLength = null,
    double? StartTemperature = null,
    double? EndTemperature = null,
    int? PolishSweeps = null,
    long? BandLength = null,
    double? BandStartTemperature = null,
    double? BandPhaseWeight = null)
{
    /// <summary>The file's name in the data folder.</summary>
    public const string FileName = "reconstruction-run.json";

    private static readonly JsonSerializerOptions Options = SmnpcRepro.Manuscript.Formatting.JsonFileOptions.Committed;

    /// <summary>The record of <paramref name="result"/>.</summary>
    public static ReconstructionRun Of(ReconstructionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new ReconstructionRun(result.Seed, result.Iterations, result.IterationsAsked, result.StoppedByBudget, result.InitialLoss, result.FinalLoss, result.Accepted, result.Chains, result.ChainLosses, result.BestChain,
            result.Schedule.CycleLength, result.Schedule.StartTemperature, result.Schedule.EndTemperature, result.Schedule.PolishSweeps,
            result.Schedule.BandLength, result.Schedule.BandStartTemperature, result.Schedule.BandPhaseWeight);
    }

    /// <summary>The schedule the run used (<see cref="AnnealingSchedule.Earlier"/> for a record that names none).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public AnnealingSchedule Schedule => CycleLength is { } cycle
        ? new AnnealingSchedule(cycle, StartTemperature ?? AnnealingSchedule.Earlier.StartTemperature, EndTemperature ?? AnnealingSchedule.Earlier.EndTemperature, PolishSweeps ?? 0,
            BandLength ?? 0, BandStartTemperature ?? AnnealingSchedule.Earlier.BandStartTemperature, BandPhaseWeight ?? 0)
        : AnnealingSchedule.Earlier;

    /// <summary>The run again, with <paramref name="cohort"/> as its result (its recorded schedule; the search space is the reconstructor's default, as the run used).</summary>
    public ReconstructionResult With(IReadOnlyList<CohortRecord> cohort, SynthesisTargets exact, IReadOnlyList<ReconstructionTarget> targets) =>
        new(cohort, Seed, Iterations, IterationsAsked, StoppedByBudget, InitialLoss, FinalLoss, Accepted, Chains, ChainLosses, BestChain, Schedule, SearchSpace.From(exact, targets));

    /// <summary>The JSON text.</summary>
    public string Serialize() => JsonSerializer.Serialize(this, Options) + "\n";

    /// <summary>Reads the file at <paramref name="path"/>, or null when there is none.</summary>
    /// <exception cref="InvalidDataException">The file is not a run record.</exception>
    public static ReconstructionRun? Load(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<ReconstructionRun>(File.ReadAllText(path), Options)
                ?? throw new InvalidDataException($"{path}: error: not a reconstruction run record (the JSON is null).");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}({(e.LineNumber ?? 0) + 1},{(e.BytePositionInLine ?? 0) + 1}): error: not a reconstruction run record: {e.Message}", e);
        }
    }
}
