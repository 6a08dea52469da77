using System;

namespace SmnpcRepro.Generators.Models;

/// <summary>
/// What the project says about one dictionary file through AdditionalFiles item metadata (made visible
/// with <c>CompilerVisibleItemMetadata</c>): <c>SmnpcName</c> (the type prefix, which also makes any file a
/// dictionary, e.g. REDCap's own <c>*_DataDictionary.csv</c>), <c>SmnpcNamespace</c> (the namespace of its
/// types; default the project's root namespace) and <c>SmnpcStrict</c> (soft checks become errors).
/// </summary>
internal sealed record DictionaryOptions(string Name, string Namespace, bool Strict)
{
    public const string NameKey = "build_metadata.AdditionalFiles.SmnpcName";
    public const string NamespaceKey = "build_metadata.AdditionalFiles.SmnpcNamespace";
    public const string StrictKey = "build_metadata.AdditionalFiles.SmnpcStrict";

    public static DictionaryOptions Default { get; } = new(string.Empty, string.Empty, false);

    /// <summary>Whether the file is a dictionary: named <c>*.dictionary.csv</c>, or given a name by metadata.</summary>
    public bool IsDictionary(string path) =>
        Name.Length > 0 || path.EndsWith(DictionaryParser.FileSuffix, StringComparison.OrdinalIgnoreCase);

    public static DictionaryOptions From(Func<string, string?> get) => new(
        (get(NameKey) ?? string.Empty).Trim(),
        (get(NamespaceKey) ?? string.Empty).Trim(),
        string.Equals((get(StrictKey) ?? string.Empty).Trim(), "true", StringComparison.OrdinalIgnoreCase));
}
