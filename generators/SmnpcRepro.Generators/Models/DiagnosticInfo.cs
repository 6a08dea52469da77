using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace SmnpcRepro.Generators.Models;

/// <summary>
/// A diagnostic as plain, equatable data (descriptor id, message arguments and the place in the
/// dictionary file), turned into a <see cref="Diagnostic"/> only when reported, because a
/// <see cref="Location"/> must not live in the pipeline.
/// </summary>
internal sealed record DiagnosticInfo(string DescriptorId, string FilePath, DiagnosticSite Site, EquatableArray<string> Arguments)
{
    public Diagnostic ToDiagnostic()
    {
        var descriptor = Diagnostics.ById(DescriptorId);
        var span = new LinePositionSpan(new LinePosition(Site.Line, Site.Column), new LinePosition(Site.EndLine, Site.EndColumn));
        var location = Location.Create(FilePath, new TextSpan(Site.Start, Site.Length), span);
        var args = new object[Arguments.Count];
        for (var i = 0; i < args.Length; i++)
        {
            args[i] = Arguments[i];
        }

        return Diagnostic.Create(descriptor, location, args);
    }
}
