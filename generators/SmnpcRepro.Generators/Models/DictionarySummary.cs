namespace SmnpcRepro.Generators.Models;

/// <summary>
/// The type names one valid dictionary would generate, so that dictionaries of one build can be checked
/// against each other. Holds names only (no positions), so that editing a label or moving a line in one
/// dictionary does not disturb the others.
/// </summary>
internal sealed record DictionarySummary(string FilePath, string FileName, string BaseName, EquatableArray<TypeEntry> Types, string Namespace = "");

/// <summary>A generated type: a class (empty <paramref name="Signature"/>) or a categorical field's enum with its choices.</summary>
internal sealed record TypeEntry(string Name, string FieldName, string Signature)
{
    public bool IsEnum => FieldName.Length > 0;
}
