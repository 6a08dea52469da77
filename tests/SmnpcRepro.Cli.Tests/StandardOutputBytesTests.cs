using System.Globalization;
using System.Text;
using SmnpcRepro.Cli.Commands;

namespace SmnpcRepro.Cli.Tests;

/// <summary>
/// The process writes the stats verbs' results to standard output as UTF-8 bytes, streamed (the JSON writer is
/// flushed as it fills): the bytes must be exactly the text the in-process writer gets, for a curve large enough
/// to be written compact and flushed many times.
/// </summary>
public sealed class StandardOutputBytesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("smnpc-stdout-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Data()
    {
        // 6,000 distinct times in three groups: 6,000 curve rows, past the indented limit and many flushes long.
        var path = Path.Combine(_folder, "curve.csv");
        var lines = new StringBuilder("time,status,group,x\n");
        for (var i = 0; i < 6000; i++)
        {
            lines.Append(CultureInfo.InvariantCulture, $"{1 + (i * 0.013):0.###},{(i % 3 == 0 ? 0 : 1)},{(i % 3) + 1},{(i * 7919) % 101 / 100.0:0.##}\n");
        }

        File.WriteAllText(path, lines.ToString());
        return path;
    }

    [Theory]
    [InlineData("km", "--group")]
    [InlineData("logrank", "--group")]
    [InlineData("cox", "--baseline")]
    public void Bytes_written_to_standard_output_are_the_text_the_writer_gets(string verb, string option)
    {
        var data = Data();
        string[] args = verb == "cox"
            ? ["stats", verb, "--data", data, "--time", "time", "--event", "status", "--covariates", "x", option, "--json"]
            : ["stats", verb, "--data", data, "--time", "time", "--event", "status", option, "group", "--json"];
        var asText = CliRun.Run(args);
        Assert.Equal(0, asText.ExitCode);

        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        using var bytes = new MemoryStream();
        Assert.Equal(0, SmnpcApp.Run(args, text, error, bytes));
        Assert.Equal(string.Empty, text.ToString());
        Assert.Equal(asText.Out, Encoding.UTF8.GetString(bytes.ToArray()));
        Assert.EndsWith("}\n", asText.Out, StringComparison.Ordinal);
        if (verb == "km")
        {
            Assert.True(asText.Out.Length > 5 * RNumberFlush, "the curve is long enough to be flushed many times");
        }
    }

    private const int RNumberFlush = SmnpcRepro.Stats.Json.RNumberConverter.FlushThreshold;
}
