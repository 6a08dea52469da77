namespace SmnpcRepro.Survival.Cox;

/// <summary>
/// When the Cox model's independent steps run side by side (the design beside the time order, the
/// concordance beside the rest of the result, the two concordance walks, the linear predictor's two blocks):
/// from this many rows, on a machine with more than one core. Below it, starting a thread costs more than it
/// saves. Every step gives the same result either way.
/// </summary>
internal static class CoxParallelism
{
    /// <summary>Rows from which independent steps run side by side.</summary>
    public const int MinimumRows = 100_000;

    /// <summary>Whether a model of <paramref name="rows"/> rows runs its independent steps side by side.</summary>
    public static bool SideBySide(int rows) => rows >= MinimumRows && Environment.ProcessorCount > 1;
}
