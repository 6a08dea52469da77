using System.Globalization;
using BenchmarkDotNet.Running;
using SmnpcRepro.Benchmarks;

// Hidden helper for bench/compare-km-logrank.sh: generate-km ROWS SEED FILE writes the synthetic CSV.
if (args.Length == 4 && args[0] == "generate-km")
{
    KmDataGenerator.Write(int.Parse(args[1], CultureInfo.InvariantCulture), ulong.Parse(args[2], CultureInfo.InvariantCulture), args[3]);
    return;
}

// Hidden helper: compare-csv FILE RUNS [ONLY] times the stats CSV reader against Sep on the km columns
// (ONLY: run the readers whose name contains it, e.g. CsvFrame).
if (args.Length is 3 or 4 && args[0] == "compare-csv")
{
    CsvReaderComparison.Run(args[1], int.Parse(args[2], CultureInfo.InvariantCulture), Console.Out, args.Length == 4 ? args[3] : string.Empty);
    return;
}

// Every benchmark class in this assembly; pick with --filter, e.g. --filter '*KaplanMeier*'.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
