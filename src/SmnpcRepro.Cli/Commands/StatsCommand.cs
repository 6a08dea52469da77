using System.CommandLine;

namespace SmnpcRepro.Cli.Commands;

/// <summary><c>smnpc stats</c>: the survival engine on any CSV, with R's names in the JSON output.</summary>
public static class StatsCommand
{
    /// <summary>The <c>stats</c> group; each analysis adds its subcommand here.</summary>
    public static Command Create(CliConsole console)
    {
        var stats = new Command("stats", "Run a survival analysis on any CSV file (Kaplan-Meier, log-rank, Cox) and print a table or JSON.");
        stats.Subcommands.Add(Stats.KmCommand.Create(console));
        stats.Subcommands.Add(Stats.LogRankCommand.Create(console));
        stats.Subcommands.Add(Stats.CoxCommand.Create(console));
        return stats;
    }
}
