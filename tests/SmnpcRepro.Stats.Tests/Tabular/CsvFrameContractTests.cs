using System.Text;
using SmnpcRepro.Stats.Tabular;

namespace SmnpcRepro.Stats.Tests.Tabular;

/// <summary>
/// The reader's part of the input contract (docs/stats-input.md): blank lines are reported with their
/// line numbers, a used column named twice is refused naming both positions, a non-finite number is
/// refused naming line and column, and numeric factor columns get R's levels.
/// </summary>
public sealed class CsvFrameContractTests
{
    [Fact]
    public void Blank_lines_are_reported_with_their_line_numbers()
    {
        var frame = Parse("t,g\n1,a\n\n2,b\r\n\r\n3,a\n\n", ["t"], ["g"]);
        Assert.Equal(3, frame.RowCount);
        Assert.Equal([2, 4, 6], frame.Lines.ToArray());
        Assert.Equal([3, 5, 7], frame.BlankLines);
    }

    [Fact]
    public void Rows_after_a_quoted_cell_that_spans_lines_and_after_blank_lines_keep_their_file_lines()
    {
        // Row 1 spans lines 2-3, line 4 is blank, row 3 spans lines 6-8.
        var frame = Parse("t,note\n1,\"a\nb\"\n\n2,x\n3,\"c\n\nd\"\n4,y\n", ["t"], []);
        Assert.Equal([2, 5, 6, 9], frame.Lines.ToArray());
        Assert.Equal([2, 5, 6, 9], Enumerable.Range(0, frame.RowCount).Select(frame.Lines.LineOf));
        Assert.Equal([4], frame.BlankLines);
        Assert.Throws<ArgumentOutOfRangeException>(() => frame.Lines.LineOf(4));
    }

    [Fact]
    public void A_used_column_named_twice_is_refused_naming_both_positions()
    {
        var e = Assert.Throws<CsvFrameException>(() => Parse("g,t,g\na,1,b\n", ["t"], ["g"]));
        Assert.StartsWith("d.csv(1,3): error: column 'g' is named twice in the header, at columns 1 and 3", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unused_column_named_twice_is_no_error() =>
        Assert.Equal(1, Parse("x,t,x\n1,2,3\n", ["t"], []).RowCount);

    [Theory]
    [InlineData("NaN")]
    [InlineData("-Inf")]
    [InlineData("1e400")]
    public void A_non_finite_number_is_refused_naming_line_and_column(string cell)
    {
        var e = Assert.Throws<CsvFrameException>(() => Parse($"g,t\na,1\nb,{cell}\n", ["t"], ["g"]));
        Assert.StartsWith($"d.csv(3,2): error: column 't' value '{cell}': must be a finite number", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_numeric_factor_column_has_one_level_per_number()
    {
        var group = Parse("g\n1.0\n01\n2\n1\n1e0\n", [], ["g"]).Factor("g");
        Assert.True(group.IsNumeric);
        Assert.Equal(["1", "2"], group.Levels);
        Assert.Equal([0, 0, 1, 0, 0], group.Codes);
    }

    [Theory]
    [InlineData("t,g\n1,a\n2,\"b\n", "d.csv(3,2): error: a quoted cell is never closed (missing '\"').")]
    [InlineData("t,g\n1,a\n2,\"b\"c\n", "d.csv(3,2): error: text after the closing quote of a quoted cell (quote the whole cell, doubling inner quotes).")]
    [InlineData("t,g\n1,a\n2\n", "d.csv(3): error: the row has 1 cells but the header has 2.")]
    public void A_malformed_row_is_refused_naming_its_line(string text, string message) =>
        Assert.Equal(message, Assert.Throws<CsvFrameException>(() => Parse(text, ["t"], ["g"])).Message);

    [Fact]
    public void White_space_around_a_number_is_stripped_as_R_strips_numeric_fields() =>
        Assert.Equal([2.5, 3], Parse("t\n 2.5\n3\t\n", ["t"], []).Numeric("t").Values);

    private static CsvFrame Parse(string text, string[] numeric, string[] factors) =>
        CsvFrame.Parse(Encoding.UTF8.GetBytes(text), "d.csv", numeric, factors);
}
