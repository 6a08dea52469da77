using SmnpcRepro.Cli.Commands;

namespace SmnpcRepro.Manuscript.Tests;

/// <summary>Runs an <c>smnpc</c> command line in-process and captures its exit code, standard output and standard error.</summary>
internal static class CliRunner
{
    public static (int Code, string Output, string Error) Run(string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = SmnpcApp.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
