namespace SmnpcRepro.Stats.Input;

/// <summary>Input a stats verb cannot analyse; the message names the file, line and column. Exit code 2.</summary>
public sealed class SurvivalInputException(string message) : Exception(message);
