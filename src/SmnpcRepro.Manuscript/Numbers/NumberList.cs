using System.Globalization;
using SmnpcRepro.Analysis.Profiles;

namespace SmnpcRepro.Manuscript.Numbers;

/// <summary>
/// Collects the printed numbers in reading order; judges each p-value against the profile's thresholds
/// and keeps values to 10 significant digits, so the committed file does not churn on the last bits of a
/// floating-point result.
/// </summary>
internal sealed class NumberList(ConventionsProfile profile)
{
    private readonly List<ManuscriptNumber> _numbers = [];
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

    public IReadOnlyList<ManuscriptNumber> Numbers => _numbers;

    /// <summary>A number printed as <paramref name="printed"/>.</summary>
    public void Add(string id, string where, string printed, double value) =>
        Append(new ManuscriptNumber(id, where, printed, Stored(value)));

    /// <summary>
    /// A p-value, with its significance; for the test that decides entry into the multivariate model
    /// (<paramref name="decidesEntry"/>), also its side of the entry threshold — no other P is judged against it.
    /// </summary>
    public void AddP(string id, string where, string printed, double p, bool decidesEntry = false) =>
        Append(new ManuscriptNumber(
            id,
            where,
            printed,
            Stored(p),
            double.IsNaN(p) ? null : p <= profile.SignificanceLevel,
            double.IsNaN(p) || !decidesEntry ? null : p <= profile.EntryThreshold));

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
