namespace SmnpcRepro.Generators.Models;

/// <summary>
/// Where in a dictionary file a diagnostic points: the character span and its 0-based line and column
/// positions, as plain numbers so the pipeline can compare it.
/// </summary>
internal sealed record DiagnosticSite(int Start, int Length, int Line, int Column, int EndLine, int EndColumn)
{
    /// <summary>The first character of the file.</summary>
    public static DiagnosticSite FileStart { get; } = new(0, 0, 0, 0, 0, 0);
}
