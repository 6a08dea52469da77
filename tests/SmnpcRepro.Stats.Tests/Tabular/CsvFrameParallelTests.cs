using System.Globalization;
using System.Text;
using SmnpcRepro.Stats.Tabular;

namespace SmnpcRepro.Stats.Tests.Tabular;

/// <summary>
/// The parallel chunked path of <see cref="CsvFrame"/> (files of 2 MB or more without quotes) must give
/// exactly what the sequential parser gives: the same doubles (every number written by R-style shortest
/// round-trip and by awkward forms), missing counts, factor levels and codes, file lines (blank lines,
/// CRLF), and the same error message on a bad cell. The sequential result is forced by a quoted cell in a
/// column that is not read.
/// </summary>
public sealed class CsvFrameParallelTests
{
    [Fact]
    public void Chunked_parse_equals_the_sequential_parse()
    {
        var (plain, quoted) = Files(rows: 300_000, crlf: false, bad: -1);
        var fast = CsvFrame.Parse(plain, "big.csv", ["time", "x"], ["status", "group"]);
        var slow = CsvFrame.Parse(quoted, "big.csv", ["time", "x"], ["status", "group"]);
        AssertSame(slow, fast);
        Assert.Equal(NonBlankLines(plain), fast.Lines.ToArray());
        Assert.True(fast.Numeric("x").MissingCount > 0);
        Assert.NotEmpty(fast.BlankLines);
        Assert.Contains("zz-late-level", fast.Factor("group").Levels);
    }

    [Fact]
    public void Chunked_parse_handles_crlf_line_ends()
    {
        var (plain, quoted) = Files(rows: 300_000, crlf: true, bad: -1);
        AssertSame(CsvFrame.Parse(quoted, "big.csv", ["time", "x"], ["status", "group"]), CsvFrame.Parse(plain, "big.csv", ["time", "x"], ["status", "group"]));
    }

    [Fact]
    public void A_bad_cell_in_a_large_file_gives_the_sequential_parsers_message()
    {
        var (plain, quoted) = Files(rows: 300_000, crlf: false, bad: 250_000);
        var fast = Assert.Throws<CsvFrameException>(() => CsvFrame.Parse(plain, "big.csv", ["time", "x"], ["status", "group"]));
        var slow = Assert.Throws<CsvFrameException>(() => CsvFrame.Parse(quoted, "big.csv", ["time", "x"], ["status", "group"]));
        Assert.Equal(slow.Message, fast.Message);
        Assert.Contains("column 'time' value '12x'", fast.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0.1")]
    [InlineData("123456789012345")]
    [InlineData("-0")]
    [InlineData("1.")]
    [InlineData(".5")]
    [InlineData("+2.50")]
    [InlineData("0.30000000000000004")]
    [InlineData("1e-3")]
    [InlineData("9007199254740993")]
    public void Short_decimals_parse_to_the_same_double_as_double_parse(string text)
    {
        var expected = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        var bytes = Encoding.ASCII.GetBytes("v\n" + string.Concat(Enumerable.Repeat(text + "\n", 700_000)));
        var frame = CsvFrame.Parse(bytes, "n.csv", ["v"], []);
        Assert.All(frame.Numeric("v").Values, v => Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(v)));
    }

    /// <summary>The file lines (1-based) after the header that are not blank: the rows of a file without quotes.</summary>
    private static int[] NonBlankLines(byte[] file)
    {
        var lines = Encoding.ASCII.GetString(file).Split('\n');
        return Enumerable.Range(0, lines.Length).Skip(1).Where(i => lines[i].TrimEnd('\r').Length > 0).Select(i => i + 1).ToArray();
    }

    private static void AssertSame(CsvFrame expected, CsvFrame actual)
    {
        Assert.Equal(expected.RowCount, actual.RowCount);
        Assert.Equal(expected.Lines.ToArray(), actual.Lines.ToArray());
        Assert.Equal(expected.BlankLines, actual.BlankLines);
        foreach (var name in new[] { "time", "x" })
        {
            Assert.Equal(expected.Numeric(name).MissingCount, actual.Numeric(name).MissingCount);
            Assert.Equal(expected.Numeric(name).Values.Select(BitConverter.DoubleToInt64Bits), actual.Numeric(name).Values.Select(BitConverter.DoubleToInt64Bits));
        }

        foreach (var name in new[] { "status", "group" })
        {
            Assert.Equal(expected.Factor(name).Levels, actual.Factor(name).Levels);
            Assert.Equal(expected.Factor(name).Codes, actual.Factor(name).Codes);
            Assert.Equal(expected.Factor(name).MissingCount, actual.Factor(name).MissingCount);
        }
    }

    /// <summary>A seeded CSV of about 8 MB: time, status, group, x and a text column; blank lines and missing cells sprinkled in.</summary>
    private static (byte[] Plain, byte[] Quoted) Files(int rows, bool crlf, int bad)
    {
        var eol = crlf ? "\r\n" : "\n";
        var b = new StringBuilder();
        b.Append("time,status,group,x,note").Append(eol);
        ulong state = 12345;
        for (var i = 0; i < rows; i++)
        {
            state = (state * 6364136223846793005UL) + 1442695040888963407UL;
            var r = (int)(state >> 33);
            var time = i == bad ? "12x" : (r % 100_000 / 100.0).ToString("R", CultureInfo.InvariantCulture);
            var status = r % 17 == 0 ? "NA" : (r % 3 == 0 ? "0" : "1");
            var group = i > rows * 3 / 4 && r % 11 == 0 ? "zz-late-level" : (r % 4 == 0 ? string.Empty : "g" + (r % 5).ToString(CultureInfo.InvariantCulture));
            var x = r % 13 == 0 ? string.Empty : ((r % 2_000_000) - 1_000_000).ToString(CultureInfo.InvariantCulture) + "e-3";
            b.Append(time).Append(',').Append(status).Append(',').Append(group).Append(',').Append(x).Append(",note").Append(eol);
            if (r % 997 == 0)
            {
                b.Append(eol);
            }
        }

        var plain = b.ToString();
        var at = plain.IndexOf(",note", StringComparison.Ordinal);
        var quoted = plain[..at] + ",\"note\"" + plain[(at + 5)..];
        return (Encoding.UTF8.GetBytes(plain), Encoding.UTF8.GetBytes(quoted));
    }
}
