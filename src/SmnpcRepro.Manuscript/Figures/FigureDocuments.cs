using SmnpcRepro.Manuscript.Figures.Drawing;

namespace SmnpcRepro.Manuscript.Figures;

/// <summary>A figure's files as manuscript documents under <c>figures/</c>: SVG, PDF, PNG and (for figures with data files) JSON.</summary>
public static class FigureDocuments
{
    /// <summary>The documents of figure <paramref name="stem"/>.</summary>
    public static IEnumerable<ManuscriptDocument> Of(string stem, FigureFiles files, string? json)
    {
        ArgumentNullException.ThrowIfNull(files);
        yield return ManuscriptDocument.Text($"figures/{stem}.svg", files.Svg);
        yield return new ManuscriptDocument($"figures/{stem}.pdf", files.Pdf);
        yield return new ManuscriptDocument($"figures/{stem}.png", files.Png);
        if (json is not null)
        {
            yield return ManuscriptDocument.Text($"figures/{stem}.json", json);
        }
    }

    /// <summary>The images among <paramref name="documents"/> by path, for embedding in HTML and Word.</summary>
    public static IReadOnlyDictionary<string, byte[]> Assets(IEnumerable<ManuscriptDocument> documents) =>
        documents.Where(d => d.RelativePath.EndsWith(".svg", StringComparison.Ordinal) || d.RelativePath.EndsWith(".png", StringComparison.Ordinal))
            .ToDictionary(d => d.RelativePath, d => d.Bytes, StringComparer.Ordinal);
}
