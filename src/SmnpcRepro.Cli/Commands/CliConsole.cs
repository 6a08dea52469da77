namespace SmnpcRepro.Cli.Commands;

/// <summary>Where a verb writes: standard output for results, standard error for messages.</summary>
public sealed record CliConsole(TextWriter Out, TextWriter Error);
