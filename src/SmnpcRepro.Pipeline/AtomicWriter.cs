using System.Text;

namespace SmnpcRepro.Pipeline;

/// <summary>
/// Writes a set of files all-or-nothing as far as a file system allows: every file goes to a temporary
/// file beside its target first; only when all are written are they moved over their targets. A failure
/// while writing leaves every target as it was. Text is UTF-8 without BOM, LF line ends.
/// </summary>
public static class AtomicWriter
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes each (path, text) pair; creates folders as needed.</summary>
    public static void WriteAll(IReadOnlyList<(string Path, string Text)> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        WriteAll(files.Select(f => (f.Path, Utf8NoBom.GetBytes(f.Text))).ToArray());
    }

    /// <summary>Writes each (path, bytes) pair; creates folders as needed.</summary>
    public static void WriteAll(IReadOnlyList<(string Path, byte[] Bytes)> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var temps = new List<(string Temp, string Target)>(files.Count);
        try
        {
            foreach (var (path, bytes) in files)
            {
                var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
                Directory.CreateDirectory(folder);
                var temp = Path.Combine(folder, "." + Path.GetFileName(path) + "." + Guid.NewGuid().ToString("N") + ".tmp");
                File.WriteAllBytes(temp, bytes);
                temps.Add((temp, path));
            }

            foreach (var (temp, target) in temps)
            {
                File.Move(temp, target, overwrite: true);
            }
        }
        finally
        {
            foreach (var (temp, _) in temps)
            {
                if (File.Exists(temp))
                {
                    File.Delete(temp);
                }
            }
        }
    }
}
