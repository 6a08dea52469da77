using System.Globalization;

namespace SmnpcRepro.Survival.Tests.Cox;

/// <summary>A fixture CSV (header line, comma-separated, empty = missing, no quoting) read as text columns.</summary>
internal sealed class FixtureTable
{
    private readonly Dictionary<string, string?[]> _columns;

    private FixtureTable(Dictionary<string, string?[]> columns, int rows)
    {
        _columns = columns;
        RowCount = rows;
    }

    public int RowCount { get; }

    public static FixtureTable Load(string relative)
    {
        var lines = File.ReadAllLines(Fixtures.ReferenceFixture.PathOf(relative));
        var header = lines[0].Split(',');
        var cells = new string?[header.Length][];
        for (var c = 0; c < header.Length; c++)
        {
            cells[c] = new string?[lines.Length - 1];
        }

        for (var r = 1; r < lines.Length; r++)
        {
            var parts = lines[r].Split(',');
            for (var c = 0; c < header.Length; c++)
            {
                cells[c][r - 1] = parts[c].Length == 0 || parts[c] == "NA" ? null : parts[c];
            }
        }

        var columns = new Dictionary<string, string?[]>(StringComparer.Ordinal);
        for (var c = 0; c < header.Length; c++)
        {
            columns[header[c]] = cells[c];
        }

        return new FixtureTable(columns, lines.Length - 1);
    }

    public string?[] Text(string name) => _columns[name];

    public double[] Numbers(string name) =>
        _columns[name].Select(s => s is null ? double.NaN : double.Parse(s, CultureInfo.InvariantCulture)).ToArray();
}
