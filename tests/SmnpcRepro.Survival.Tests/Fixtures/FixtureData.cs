using System.Globalization;
using System.Text.RegularExpressions;
using SmnpcRepro.Survival.Data;

namespace SmnpcRepro.Survival.Tests.Fixtures;

/// <summary>
/// Builds <see cref="SurvivalData"/> from a fixture CSV the way the fixture's R call did: the model's
/// columns, rows with a missing (empty) value in any of them dropped (R's <c>na.omit</c>), factor levels
/// in the order R printed them.
/// </summary>
public static partial class FixtureData
{
    /// <summary>The columns of an R call such as <c>survfit(Surv(time, event) ~ x + strata(s), …)</c>.</summary>
    public sealed record Formula(string Time, string Event, string? Group, string? Strata);

    /// <summary>Data and the 1-based data rows R dropped.</summary>
    public sealed record Loaded(SurvivalData Data, IReadOnlyList<int> RowsDropped);

    /// <summary>Reads the formula of an R call.</summary>
    public static Formula ParseCall(string call)
    {
        var m = CallPattern().Match(call);
        Assert.True(m.Success, $"Cannot read the formula of {call}");
        var group = m.Groups["group"].Value;
        return new Formula(m.Groups["time"].Value, m.Groups["event"].Value, group == "1" ? null : group, m.Groups["strata"].Success ? m.Groups["strata"].Value : null);
    }

    /// <summary>Loads <paramref name="csv"/> (relative to the fixtures folder) for the formula.</summary>
    /// <param name="csv">e.g. <c>r-survival/datasets/aml.csv</c>.</param>
    /// <param name="formula">The columns.</param>
    /// <param name="groupLevels">Group levels in R's order (null: numeric or text order of the values).</param>
    /// <param name="strataLevels">Strata levels in R's order (null: as for groups).</param>
    public static Loaded Load(string csv, Formula formula, IReadOnlyList<string>? groupLevels = null, IReadOnlyList<string>? strataLevels = null)
    {
        var lines = File.ReadAllLines(ReferenceFixture.PathOf(csv));
        var header = lines[0].Split(',');
        int Column(string name)
        {
            var at = Array.IndexOf(header, name);
            Assert.True(at >= 0, $"{csv} has no column {name}");
            return at;
        }

        var timeAt = Column(formula.Time);
        var eventAt = Column(formula.Event);
        var groupAt = formula.Group is null ? -1 : Column(formula.Group);
        var strataAt = formula.Strata is null ? -1 : Column(formula.Strata);
        var time = new List<double>();
        var status = new List<int>();
        var groupValues = new List<string>();
        var strataValues = new List<string>();
        var dropped = new List<int>();
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Length == 0)
            {
                continue;
            }

            var cells = lines[i].Split(',');
            bool Missing(int at) => at >= 0 && (cells[at].Length == 0 || cells[at] == "NA");
            if (Missing(timeAt) || Missing(eventAt) || Missing(groupAt) || Missing(strataAt))
            {
                dropped.Add(i);
                continue;
            }

            time.Add(double.Parse(cells[timeAt], CultureInfo.InvariantCulture));
            status.Add(int.Parse(cells[eventAt], CultureInfo.InvariantCulture));
            groupValues.Add(groupAt >= 0 ? cells[groupAt] : string.Empty);
            strataValues.Add(strataAt >= 0 ? cells[strataAt] : string.Empty);
        }

        var group = formula.Group is null ? null : Factor(formula.Group, groupValues, groupLevels);
        var strata = formula.Strata is null ? null : Factor(formula.Strata, strataValues, strataLevels);
        return new Loaded(SurvivalData.Create([.. time], [.. status], group, strata), dropped);
    }

    /// <summary>Levels from R labels such as <c>x=Maintained</c>.</summary>
    public static string[] LevelsFromLabels(IEnumerable<string> labels) =>
        labels.Select(l => l[(l.IndexOf('=', StringComparison.Ordinal) + 1)..]).ToArray();

    private static SurvivalFactor Factor(string name, List<string> values, IReadOnlyList<string>? levels)
    {
        levels ??= values.Distinct().OrderBy(v => double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : double.NaN).ThenBy(v => v, StringComparer.Ordinal).ToArray();
        var codes = values.Select(v =>
        {
            var at = levels.ToList().IndexOf(v);
            Assert.True(at >= 0, $"{name}: value {v} is not a level");
            return at;
        }).ToArray();
        return new SurvivalFactor(name, codes, levels);
    }

    [GeneratedRegex(@"Surv\((?<time>[\w.]+), (?<event>[\w.]+)\) ~ (?<group>[\w.]+)( \+ strata\((?<strata>[\w.]+)\))?")]
    private static partial Regex CallPattern();
}
