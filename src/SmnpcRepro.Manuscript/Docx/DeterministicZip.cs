using System.IO.Compression;

namespace SmnpcRepro.Manuscript.Docx;

/// <summary>
/// Rewrites an Open XML package so its bytes depend only on its parts: <c>[Content_Types].xml</c> first and
/// <c>_rels/.rels</c> second (as Word writes them), the other parts in ordinal order, every entry dated
/// 1980-01-01 (the zip format's epoch) instead of the clock. The drift gate then compares a DOCX like any file.
/// </summary>
public static class DeterministicZip
{
    private static readonly DateTimeOffset Epoch = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The package <paramref name="zip"/>, entries reordered and re-dated.</summary>
    public static byte[] Normalise(byte[] zip)
    {
        ArgumentNullException.ThrowIfNull(zip);
        var entries = new List<(string Name, byte[] Bytes)>();
        using (var input = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read))
        {
            foreach (var entry in input.Entries)
            {
                using var stream = entry.Open();
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                entries.Add((entry.FullName, copy.ToArray()));
            }
        }

        var output = new MemoryStream();
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in entries.OrderBy(e => Rank(e.Name)).ThenBy(e => e.Name, StringComparer.Ordinal))
            {
                var entry = archive.CreateEntry(name, name.EndsWith(".png", StringComparison.Ordinal) ? CompressionLevel.NoCompression : CompressionLevel.Optimal);
                entry.LastWriteTime = Epoch;
                using var stream = entry.Open();
                stream.Write(bytes);
            }
        }

        return output.ToArray();
    }

    private static int Rank(string name) => name switch
    {
        "[Content_Types].xml" => 0,
        "_rels/.rels" => 1,
        _ => 2,
    };
}
