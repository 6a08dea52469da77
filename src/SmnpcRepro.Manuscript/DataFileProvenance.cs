using System.Security.Cryptography;

namespace SmnpcRepro.Manuscript;

/// <summary>A data file the manuscript was built from, identified by its SHA-256 (for the colophon).</summary>
public sealed record DataFileProvenance(string Name, string Sha256)
{
    /// <summary>Hashes the file at <paramref name="path"/>; <paramref name="name"/> is how the colophon names it.</summary>
    public static DataFileProvenance Of(string path, string name)
    {
        using var stream = File.OpenRead(path);
        return new DataFileProvenance(name, Convert.ToHexStringLower(SHA256.HashData(stream)));
    }
}
