using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SmnpcRepro.Generators.Models;

namespace SmnpcRepro.Generators;

/// <summary>
/// One dictionary file being parsed: its path and text, and the diagnostics found so far, each placed
/// at a cell as an editor shows it (a leading BOM does not shift the first line's columns).
/// </summary>
internal sealed class DictionarySource
{
    private readonly SourceText _text;
    private readonly bool _bom;

    public DictionarySource(string path, SourceText text)
    {
        Path = path;
        _text = text;
        Content = text.ToString();
        _bom = Content.Length > 0 && Content[0] == '\uFEFF';
    }

    public string Path { get; }

    public string Content { get; }

    public List<DiagnosticInfo> Diagnostics { get; } = new();

    /// <summary>Errors reported so far (warnings do not stop a field or the dictionary).</summary>
    public int ErrorCount
    {
        get
        {
            var n = 0;
            foreach (var d in Diagnostics)
            {
                n += Generators.Diagnostics.IsError(d.DescriptorId) ? 1 : 0;
            }

            return n;
        }
    }

    public DiagnosticSite Site(int start, int length)
    {
        start = Math.Max(0, Math.Min(start, _text.Length));
        var span = new TextSpan(start, Math.Max(0, Math.Min(length, _text.Length - start)));
        var lines = _text.Lines.GetLinePositionSpan(span);
        return new DiagnosticSite(
            span.Start,
            span.Length,
            lines.Start.Line,
            Column(lines.Start),
            lines.End.Line,
            Column(lines.End));
    }

    public DiagnosticSite Site(DictionaryCell cell) => Site(cell.Start, cell.Length);

    /// <summary>The span from <paramref name="start"/> to the end of its line.</summary>
    public DiagnosticSite LineSite(int start)
    {
        var end = start;
        while (end < Content.Length && Content[end] != '\n' && Content[end] != '\r')
        {
            end++;
        }

        return Site(start, end - start);
    }

    public void Report(DiagnosticSite site, DiagnosticDescriptor descriptor, params string[] args) =>
        Diagnostics.Add(new DiagnosticInfo(descriptor.Id, Path, site, new EquatableArray<string>(args)));

    public void Report(DictionaryCell cell, DiagnosticDescriptor descriptor, params string[] args) =>
        Report(Site(cell), descriptor, args);

    private int Column(LinePosition position) =>
        _bom && position.Line == 0 ? Math.Max(0, position.Character - 1) : position.Character;
}
