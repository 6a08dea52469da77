namespace SmnpcRepro.Stats.Tabular;

/// <summary>A CSV file that cannot be read as asked: the message names the file, line, column and rule.</summary>
public sealed class CsvFrameException(string message) : Exception(message);
