using System.Text;

namespace SmnpcRepro.Manuscript;

/// <summary>One file of the rebuilt manuscript, in memory: its path under <c>manuscript/</c> and its bytes.</summary>
public sealed record ManuscriptDocument(string RelativePath, byte[] Bytes)
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>A text document, UTF-8 without BOM.</summary>
    public static ManuscriptDocument Text(string relativePath, string text) => new(relativePath, Utf8NoBom.GetBytes(text));

    /// <summary>The document as text (for text documents).</summary>
    public string Content => Utf8NoBom.GetString(Bytes);
}
