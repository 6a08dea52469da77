using System.IO.Compression;
using System.Text;

namespace SmnpcRepro.Stats.Cox;

/// <summary>The header line of a CSV (or .csv.gz), for messages that name a column by its position.</summary>
public static class CoxCsvHeader
{
    /// <summary>1-based position of <paramref name="column"/> in the header, or 0 when it cannot be found.</summary>
    public static int PositionOf(string path, string column)
    {
        try
        {
            using var file = File.OpenRead(path);
            using Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            var header = reader.ReadLine() ?? string.Empty;
            var names = header.TrimStart('\uFEFF').Split(',').Select(h => h.Trim().Trim('"')).ToList();
            return names.IndexOf(column) + 1;
        }
        catch (IOException)
        {
            return 0;
        }
        catch (InvalidDataException)
        {
            return 0;
        }
    }
}
