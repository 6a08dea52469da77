namespace SmnpcRepro.Csv;

/// <summary>A quoting rule a row breaks, where a person fixes it: file line and column (both 1-based) and the rule.</summary>
public readonly record struct CsvSyntaxError(int Line, int Column, string Rule);
