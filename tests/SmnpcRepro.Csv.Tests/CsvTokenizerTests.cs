using System.Text;
using SmnpcRepro.Csv;

namespace SmnpcRepro.Csv.Tests;

/// <summary>
/// The one tokenizer the cohort reader and the stats reader share: rows and cells, UTF-16 and UTF-8 alike,
/// quoting errors with line and column, blank lines listed, and a part of a file read with the file's line numbers.
/// Expected values are read off the literal texts.
/// </summary>
public sealed class CsvTokenizerTests
{
    [Fact]
    public void Rows_and_cells_are_the_same_from_UTF16_and_UTF8()
    {
        const string text = "\uFEFFa,b\r\n1,\"x, \"\"y\"\"\"\n\"multi\nline\",ü\n3,\n";
        Assert.Equal(Rows(CsvTokenizer<char>.ForFile(text.AsMemory()), c => new string(c)), Rows(CsvTokenizer<byte>.ForFile(Encoding.UTF8.GetBytes(text)), c => Encoding.UTF8.GetString(c)));
        Assert.Equal(
            ["1:a|b", "2:1|x, \"y\"", "3:multi\nline|ü", "5:3|"],
            Rows(CsvTokenizer<byte>.ForFile(Encoding.UTF8.GetBytes(text)), c => Encoding.UTF8.GetString(c)));
    }

    [Fact]
    public void Blank_lines_are_skipped_and_listed_when_asked()
    {
        var blank = new List<int>();
        var tokenizer = CsvTokenizer<byte>.ForFile("\nh\n1\n\n2\r\n\r\n3\n\n"u8.ToArray(), blank);
        Assert.Equal(["2:h", "3:1", "5:2", "7:3"], Rows(tokenizer, c => Encoding.UTF8.GetString(c)));
        Assert.Equal([1, 4, 6, 8], blank);
    }

    [Fact]
    public void A_part_of_a_file_keeps_the_file_line_numbers()
    {
        var text = "h\n1\n2\n\n3\n"u8.ToArray();
        var header = CsvTokenizer<byte>.ForFile(text);
        Assert.True(header.Next());
        Assert.Equal(2, header.Position);
        var blank = new List<int>();
        var part = CsvTokenizer<byte>.ForPart(text.AsMemory(4), firstLine: 3, blank);
        Assert.Equal(["3:2", "5:3"], Rows(part, c => Encoding.UTF8.GetString(c)));
        Assert.Equal([4], blank);
    }

    [Theory]
    [InlineData("a,b\n1,\"2\n", 2, 2, "a quoted cell is never closed (missing '\"')")]
    [InlineData("a,b\n1,\"2\"x\n", 2, 2, "text after the closing quote of a quoted cell (quote the whole cell, doubling inner quotes)")]
    public void A_quoting_error_names_line_and_column(string text, int line, int column, string rule)
    {
        var tokenizer = CsvTokenizer<char>.ForFile(text.AsMemory());
        Assert.True(tokenizer.Next());
        Assert.False(tokenizer.RowIsMalformed);
        Assert.True(tokenizer.Next());
        Assert.True(tokenizer.RowIsMalformed);
        Assert.Equal(new CsvSyntaxError(line, column, rule), Assert.Single(tokenizer.Errors));
    }

    [Fact]
    public void A_cell_beyond_the_row_is_empty()
    {
        var tokenizer = CsvTokenizer<byte>.ForFile("a,b\n1\n"u8.ToArray());
        Assert.True(tokenizer.Next());
        Assert.True(tokenizer.Next());
        Assert.Equal(1, tokenizer.CellCount);
        Assert.True(tokenizer.Cell(1).IsEmpty);
    }

    private static List<string> Rows<T>(CsvTokenizer<T> tokenizer, Func<ReadOnlySpan<T>, string> text)
        where T : unmanaged, System.Numerics.IBinaryInteger<T>
    {
        var rows = new List<string>();
        while (tokenizer.Next())
        {
            var cells = new List<string>();
            for (var c = 0; c < tokenizer.CellCount; c++)
            {
                cells.Add(text(tokenizer.Cell(c)));
            }

            rows.Add($"{tokenizer.Line}:{string.Join('|', cells)}");
        }

        return rows;
    }
}
