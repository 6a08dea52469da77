using SmnpcRepro.Cli.Commands;

return SmnpcApp.Run(args, Console.Out, Console.Error);
