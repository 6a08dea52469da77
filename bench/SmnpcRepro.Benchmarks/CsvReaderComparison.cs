using System.Diagnostics;
using System.Globalization;
using nietras.SeparatedValues;
using SmnpcRepro.Stats.Tabular;

namespace SmnpcRepro.Benchmarks;

/// <summary>
/// The stats CSV reader (<see cref="CsvFrame"/>: one pass over the bytes, parallel chunks, exact short-decimal
/// parser) against Sep 0.17.1 (sequential, and parallel with <c>ParallelEnumerate</c>) on the km columns of a
/// file written by <c>generate-km</c>: <c>time</c> as doubles, <c>status</c> and <c>group</c> as level codes.
/// Whole reads from the file, best of RUNS, with a checksum so both read the same numbers. Run by hand:
/// <c>dotnet bench/…/SmnpcRepro.Benchmarks.dll compare-csv FILE RUNS</c>.
/// </summary>
public static class CsvReaderComparison
{
    /// <summary>Times each reader and writes one line per reader to <paramref name="output"/>.</summary>
    public static void Run(string file, int runs, TextWriter output, string only = "")
    {
        ArgumentNullException.ThrowIfNull(output);
        foreach (var (name, read) in new (string, Func<string, (int Rows, double Checksum)>)[]
        {
            ("CsvFrame (smnpc stats)", ReadCsvFrame),
            ("Sep 0.17.1 sequential", ReadSep),
            ("Sep 0.17.1 ParallelEnumerate", ReadSepParallel),
        }.Where(r => r.Item1.Contains(only, StringComparison.Ordinal)))
        {
            var best = double.MaxValue;
            var bestCpu = double.MaxValue;
            (int Rows, double Checksum) result = default;
            for (var r = 0; r < runs; r++)
            {
                GC.Collect();
                var cpu = Environment.CpuUsage.TotalTime;
                var clock = Stopwatch.StartNew();
                result = read(file);
                best = Math.Min(best, clock.Elapsed.TotalSeconds);
                bestCpu = Math.Min(bestCpu, (Environment.CpuUsage.TotalTime - cpu).TotalSeconds);
            }

            // CPU seconds (all threads) as well as elapsed: on a shared machine the elapsed time depends on the load.
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-32} best {best,7:0.000} s  cpu {bestCpu,7:0.000} s  rows {result.Rows}  checksum {result.Checksum:R}"));
        }
    }

    private static (int, double) ReadCsvFrame(string file)
    {
        var frame = CsvFrame.Load(file, ["time"], ["status", "group"]);
        return (frame.RowCount, Checksum(frame.Numeric("time").Values, frame.Factor("status").Codes, frame.Factor("group").Codes, frame.RowCount));
    }

    private static (int, double) ReadSep(string file)
    {
        using var reader = Sep.Reader().FromFile(file);
        var (ti, si, gi) = (reader.Header.IndexOf("time"), reader.Header.IndexOf("status"), reader.Header.IndexOf("group"));
        var time = new List<double>(1 << 20);
        var status = new List<int>(1 << 20);
        var group = new List<int>(1 << 20);
        var statusLevels = new List<string>();
        var groupLevels = new List<string>();
        foreach (var row in reader)
        {
            time.Add(row[ti].Parse<double>());
            status.Add(Level(statusLevels, row[si].Span));
            group.Add(Level(groupLevels, row[gi].Span));
        }

        return (time.Count, Checksum([.. time], [.. status], [.. group], time.Count));
    }

    private static (int, double) ReadSepParallel(string file)
    {
        using var reader = Sep.Reader().FromFile(file);
        var (ti, si, gi) = (reader.Header.IndexOf("time"), reader.Header.IndexOf("status"), reader.Header.IndexOf("group"));
        // Levels are few; parse them as text per row and map after (ParallelEnumerate keeps row order).
        var rows = reader.ParallelEnumerate(row => (row[ti].Parse<double>(), row[si].ToString(), row[gi].ToString())).ToArray();
        var statusLevels = new List<string>();
        var groupLevels = new List<string>();
        var time = new double[rows.Length];
        var status = new int[rows.Length];
        var group = new int[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            time[i] = rows[i].Item1;
            status[i] = Level(statusLevels, rows[i].Item2);
            group[i] = Level(groupLevels, rows[i].Item3);
        }

        return (rows.Length, Checksum(time, status, group, rows.Length));
    }

    private static int Level(List<string> levels, ReadOnlySpan<char> cell)
    {
        for (var i = 0; i < levels.Count; i++)
        {
            if (cell.SequenceEqual(levels[i]))
            {
                return i;
            }
        }

        levels.Add(cell.ToString());
        return levels.Count - 1;
    }

    /// <summary>Sum of the times and counts per level code (level numbering differs between readers, so counts are sorted).</summary>
    private static double Checksum(double[] time, int[] status, int[] group, int rows)
    {
        var sum = 0.0;
        for (var i = 0; i < rows; i++)
        {
            sum += time[i];
        }

        var counts = status.Take(rows).Concat(group.Take(rows).Select(g => g + 100)).CountBy(c => c).Select(kv => (double)kv.Value).Order();
        return sum + counts.Aggregate(0.0, (a, c) => (a * 31) + c);
    }
}
