using System.Globalization;
using SmnpcRepro.Analysis.Profiles;

namespace SmnpcRepro.Manuscript.Numbers;

/// <summary>
/// Collects the printed numbers in reading order; judges each p-value against the profile's thresholds
/// and keeps values to 10 significant digits, so the committed file does not churn on the last bits of a
/// floating-point result.
/// </summary>
internal sealed class NumberList(ConventionsProfile? profile)
{
    private readonly List<ManuscriptNumber> _numbers = [];
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

    public IReadOnlyList<ManuscriptNumber> Numbers => _numbers;

    /// <summary>A number printed as <paramref name="printed"/>.</summary>
    public void Add(string id, string where, string printed, double value) =>
        Append(new ManuscriptNumber(id, where, printed, Stored(value)));

    /// <summary>Records a number as a view prints it and returns the print, so the view and numbers.json cannot differ.</summary>
    public string Print(string id, string where, string printed, double value)
    {
        Add(id, where, printed, value);
        return printed;
    }

    /// <summary>Records a p-value as a view prints it (see <see cref="AddP"/>) and returns the print.</summary>
    public string PrintP(string id, string where, string printed, double p, bool decidesEntry = false)
    {
        AddP(id, where, printed, p, decidesEntry);
        return printed;
    }

    /// <summary>A count and its percentage of <paramref name="n"/>, recorded as <c>id.count</c> and <c>id.percent</c>; returns both prints.</summary>
    public (string Count, string Percent) CountAndPercent(string id, string where, int count, int n) =>
        (Print(id + ".count", where + ", n", Formatting.Format.Count(count), count),
         Print(id + ".percent", where + ", %", Formatting.Format.Percent(count, n), 100.0 * count / n));

    /// <summary>A range, its ends recorded as <c>id.min</c> and <c>id.max</c>; returns it as the text prints it ("30–70").</summary>
    public string Range(string id, string where, double low, double high)
    {
        Add(id + ".min", where + ", lowest", Formatting.Format.Number(low), low);
        Add(id + ".max", where + ", highest", Formatting.Format.Number(high), high);
        return Formatting.Format.Range(low, high);
    }

    /// <summary>
    /// A p-value, with its significance; for the test that decides entry into the multivariate model
    /// (<paramref name="decidesEntry"/>), also its side of the entry threshold — no other P is judged against it.
    /// </summary>
    public void AddP(string id, string where, string printed, double p, bool decidesEntry = false)
    {
        var judged = profile ?? throw new InvalidOperationException($"'{id}' is a p-value; judging it needs the conventions profile's thresholds.");
        Append(new ManuscriptNumber(
            id,
            where,
            printed,
            Stored(p),
            double.IsNaN(p) ? null : p <= judged.SignificanceLevel,
            double.IsNaN(p) || !decidesEntry ? null : p <= judged.EntryThreshold));
    }

    private void Append(ManuscriptNumber number)
    {
        if (!_ids.Add(number.Id))
        {
            throw new InvalidOperationException($"Two printed numbers have the id '{number.Id}'.");
        }

        _numbers.Add(number);
    }

    private static double? Stored(double value) =>
        double.IsFinite(value) ? double.Parse(value.ToString("G10", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) : null;
}
