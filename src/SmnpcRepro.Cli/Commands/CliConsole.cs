using SmnpcRepro.Stats.Output;

namespace SmnpcRepro.Cli.Commands;

/// <summary>Where a verb writes: standard output for results, standard error for messages.</summary>
/// <param name="Out">Standard output as text.</param>
/// <param name="Error">Standard error.</param>
/// <param name="OutBytes">Standard output as a byte stream, when the process has one: large results are written to it as UTF-8 directly (after <paramref name="Out"/> is flushed), never held as a string.</param>
public sealed record CliConsole(TextWriter Out, TextWriter Error, Stream? OutBytes = null)
{
    /// <summary>Writes a stats verb's output to standard output.</summary>
    public void Write(StatsOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (OutBytes is null)
        {
            Out.Write(output.Text());
            return;
        }

        Out.Flush();
        using var buffered = new BufferedStream(OutBytes, 1 << 16);
        output.WriteTo(buffered);
    }
}
