using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace SmnpcRepro.Generators.Tests.Infrastructure;

/// <summary>An AdditionalFile held in memory, as MSBuild would hand it to the generator.</summary>
internal sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(text);

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
