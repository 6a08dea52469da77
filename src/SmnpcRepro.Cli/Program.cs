using SmnpcRepro.Cli.Commands;

using var stdout = Console.OpenStandardOutput();
return SmnpcApp.Run(args, Console.Out, Console.Error, stdout);
