using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using SmnpcRepro.Cli.Commands;

namespace SmnpcRepro.Cli.Tests;

/// <summary>Runs <c>smnpc</c> in-process and reads fixtures (R 4.2.2, survival 3.5-3; see the survival tests' Fixtures/README.md).</summary>
internal static class CliRun
{
    public sealed record Result(int ExitCode, string Out, string Error)
    {
        public JsonNode Json => JsonNode.Parse(Out) ?? throw new InvalidDataException("No JSON output.");
    }

    public static string Fixture(string relative) => Path.Combine(AppContext.BaseDirectory, "Fixtures", relative);

    public static JsonNode FixtureJson(string relative) => JsonNode.Parse(File.ReadAllText(Fixture(relative)))!;

    public static Result Run(params string[] args)
    {
        using var stdout = new StringWriter(CultureInfo.InvariantCulture);
        using var stderr = new StringWriter(CultureInfo.InvariantCulture);
        var code = SmnpcApp.Run(args, stdout, stderr);
        return new Result(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>A JSON number that may be null (NA), "NaN" or "Infinity" (either side).</summary>
    public static double Number(JsonNode? node) => node switch
    {
        null => double.NaN,
        JsonValue v when v.TryGetValue<double>(out var d) => d,
        JsonValue v when v.TryGetValue<string>(out var s) => s switch
        {
            "NaN" => double.NaN,
            "Infinity" => double.PositiveInfinity,
            "-Infinity" => double.NegativeInfinity,
            _ => throw new InvalidDataException(s),
        },
        _ => throw new InvalidDataException(node.ToJsonString()),
    };

    public static double[] Numbers(JsonNode? node) => node!.AsArray().Select(Number).ToArray();

    /// <summary>|a − e| ≤ tol·|e| (tol when e = 0); NaN (R's NA or NaN) equals NaN.</summary>
    public static void Close(double expected, double actual, double tolerance, string what)
    {
        if (double.IsNaN(expected) || double.IsInfinity(expected))
        {
            Assert.True(expected.Equals(actual), $"{what}: expected {expected:R}, got {actual:R}");
            return;
        }

        var scale = Math.Abs(expected) > 0 ? Math.Abs(expected) : 1;
        Assert.True(Math.Abs(expected - actual) <= tolerance * scale, $"{what}: expected {expected:R}, got {actual:R}");
    }

    public static void Close(double[] expected, double[] actual, double tolerance, string what)
    {
        Assert.True(expected.Length == actual.Length, $"{what}: expected {expected.Length} values, got {actual.Length}");
        for (var i = 0; i < expected.Length; i++)
        {
            Close(expected[i], actual[i], tolerance, $"{what}[{i}]");
        }
    }

    public static void WriteLines(string path, params string[] lines) => File.WriteAllText(path, string.Join("\n", lines) + "\n");

    public static JsonSerializerOptions Options { get; } = new();
}
