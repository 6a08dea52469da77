using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace SmnpcRepro.Generators.Models;

/// <summary>
/// A diagnostic as plain, equatable data (descriptor id, message arguments and the place in the
/// dictionary file), turned into a <see cref="Diagnostic"/> only when reported, because a
/// <see cref="Location"/> must not live in the pipeline.
/// </summary>
internal sealed record DiagnosticInfo(
    string DescriptorId,
    string FilePath,
    int Start,
    int Length,
    int Line,
    int Column,
    int EndLine,
    int EndColumn,
    EquatableArray<string> Arguments)
{
    public Diagnostic ToDiagnostic()
    {
        var descriptor = Diagnostics.ById(DescriptorId);
        var span = new LinePositionSpan(new LinePosition(Line, Column), new LinePosition(EndLine, EndColumn));
        var location = Location.Create(FilePath, new TextSpan(Start, Length), span);
        var args = new object[Arguments.Count];
        for (var i = 0; i < args.Length; i++)
        {
            args[i] = Arguments[i];
        }

        return Diagnostic.Create(descriptor, location, args);
    }
}
