using System.CommandLine;

namespace SmnpcRepro.Cli.Commands;

/// <summary>The <c>smnpc</c> command tree: one verb per file under <c>Commands/</c>.</summary>
public static class SmnpcApp
{
    /// <summary>Parses <paramref name="args"/>, runs the verb and returns its exit code; results go to <paramref name="stdoutBytes"/> as UTF-8 when given (the process's standard output), else to <paramref name="stdout"/>.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, Stream? stdoutBytes = null)
    {
        var root = new RootCommand("smnpc: rebuilds the SMNPC paper (tables, figures, numbers in the text) from the cohort data.");
        var console = new CliConsole(stdout, stderr, stdoutBytes);
        root.Subcommands.Add(BuildCommand.Create(console));
        root.Subcommands.Add(ReconstructCommand.Create(console));
        root.Subcommands.Add(StatsCommand.Create(console));
        root.Subcommands.Add(AuditCommand.Create(console));
        root.Subcommands.Add(CheckCommand.Create(console));
        root.Subcommands.Add(CompareCommand.Create(console));
        root.Subcommands.Add(DataCommand.Create(console));
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            // Bad command lines are bad input (exit 2), reported on standard error with nothing on
            // standard output, like every other input error of smnpc.
            foreach (var error in parsed.Errors)
            {
                stderr.WriteLine($"smnpc: error: {error.Message}");
            }

            stderr.WriteLine("Run 'smnpc --help' (or 'smnpc <verb> --help') for the options.");
            return 2;
        }

        var config = new InvocationConfiguration { Output = stdout, Error = stderr };
        return parsed.Invoke(config);
    }
}
