using System.Globalization;
using System.Text;

namespace SmnpcRepro.Benchmarks;

/// <summary>
/// Synthetic registry-scale survival data, the same on every machine for a seed (SplitMix64, no
/// System.Random): three groups with exponential event times (rates 0.010, 0.0125, 0.015 per day: medians
/// about 69, 55 and 46), independent exponential censoring (rate 0.0053: about 30% censored) and times
/// rounded to 2 decimals, like the shared timing set km_n1e6 (R's gen_km). Columns <c>time,status,group</c>.
/// Used by the benchmarks (in memory) and by bench/compare-km-logrank.sh (as a CSV, via the hidden
/// command <c>generate-km ROWS SEED FILE</c>).
/// </summary>
public static class KmDataGenerator
{
    private static readonly double[] Rates = [0.010, 0.0125, 0.015];

    /// <summary>Columns of the generated data.</summary>
    public sealed record Columns(double[] Time, byte[] Status, int[] Group);

    /// <summary>Generates <paramref name="rows"/> rows.</summary>
    public static Columns Generate(int rows, ulong seed)
    {
        var time = new double[rows];
        var status = new byte[rows];
        var group = new int[rows];
        var state = seed;
        for (var i = 0; i < rows; i++)
        {
            var g = (int)(Next(ref state) % 3);
            var eventTime = -Math.Log(Uniform(ref state)) / Rates[g];
            var censorTime = -Math.Log(Uniform(ref state)) / 0.0053;
            time[i] = Math.Round(Math.Min(eventTime, censorTime), 2);
            status[i] = eventTime <= censorTime ? (byte)1 : (byte)0;
            group[i] = g;
        }

        return new Columns(time, status, group);
    }

    /// <summary>Writes the CSV (header <c>time,status,group</c>, groups coded 1–3).</summary>
    public static void Write(int rows, ulong seed, string path)
    {
        var data = Generate(rows, seed);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        writer.Write("time,status,group\n");
        var line = new StringBuilder(32);
        for (var i = 0; i < rows; i++)
        {
            line.Clear();
            line.Append(data.Time[i].ToString("R", CultureInfo.InvariantCulture)).Append(',').Append(data.Status[i]).Append(',').Append(data.Group[i] + 1).Append('\n');
            writer.Write(line);
        }
    }

    private static ulong Next(ref ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        var z = x;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    // (0, 1]: never 0, so the logarithm is finite.
    private static double Uniform(ref ulong x) => ((Next(ref x) >> 11) + 1) * (1.0 / 9007199254740992.0);
}
