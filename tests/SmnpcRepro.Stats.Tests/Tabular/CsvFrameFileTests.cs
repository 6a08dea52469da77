using System.Globalization;
using System.IO.Compression;
using System.Text;
using SmnpcRepro.Stats.Tabular;

namespace SmnpcRepro.Stats.Tests.Tabular;

/// <summary>
/// <see cref="CsvFrame.Load"/> reads a file into one buffer: a plain file by its length, a <c>.gz</c> by the size its
/// trailer gives — a hint only, so a file of several gzip members (whose last trailer gives the last member's size)
/// must still be read whole, growing the buffer, and equal the plain file.
/// </summary>
public sealed class CsvFrameFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("smnpc-csvframe-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_gzip_file_of_several_members_reads_as_the_plain_file()
    {
        var text = new StringBuilder("time,status\n");
        for (var i = 0; i < 200_000; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{(i % 997) + 0.25},{(i % 3 == 0 ? 1 : 0)}\n");
        }

        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        var plain = Path.Combine(_folder, "data.csv");
        File.WriteAllBytes(plain, bytes);
        var gz = Path.Combine(_folder, "data.csv.gz");
        using (var file = File.Create(gz))
        {
            // Two members: most of the file, then a short tail (its trailer says only the tail's size).
            var cut = Array.LastIndexOf(bytes, (byte)'\n', bytes.Length - 100) + 1;
            foreach (var (from, to) in new[] { (0, cut), (cut, bytes.Length) })
            {
                using var member = new GZipStream(file, CompressionLevel.Fastest, leaveOpen: true);
                member.Write(bytes, from, to - from);
            }
        }

        var expected = CsvFrame.Load(plain, ["time"], ["status"]);
        var actual = CsvFrame.Load(gz, ["time"], ["status"]);
        Assert.Equal(200_000, actual.RowCount);
        Assert.Equal(expected.Numeric("time").Values, actual.Numeric("time").Values);
        Assert.Equal(expected.Factor("status").Codes, actual.Factor("status").Codes);
        Assert.Equal(expected.Lines.ToArray(), actual.Lines.ToArray());
    }
}
