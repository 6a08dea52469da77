using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SmnpcRepro.Generators.Tests.Infrastructure;

/// <summary>
/// Analyzer config options with <c>build_property.RootNamespace</c>, as the Cohort csproj makes it visible,
/// and optionally AdditionalFiles metadata per file path (<c>SmnpcName</c>, <c>SmnpcNamespace</c>,
/// <c>SmnpcStrict</c>), as <c>CompilerVisibleItemMetadata</c> makes it visible.
/// </summary>
internal sealed class TestOptionsProvider(string rootNamespace, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? fileMetadata = null) : AnalyzerConfigOptionsProvider
{
    public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(new Dictionary<string, string> { ["build_property.RootNamespace"] = rootNamespace });

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        fileMetadata is not null && fileMetadata.TryGetValue(textFile.Path, out var metadata)
            ? new Options(metadata.ToDictionary(m => "build_metadata.AdditionalFiles." + m.Key, m => m.Value))
            : Options.Empty;

    private sealed class Options(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly Options Empty = new(new Dictionary<string, string>());

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
