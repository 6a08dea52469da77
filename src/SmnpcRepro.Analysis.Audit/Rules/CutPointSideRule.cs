using System.Globalization;
using System.Text.RegularExpressions;

namespace SmnpcRepro.Analysis.Audit.Rules;

/// <summary>A table level defined by a cut-point, with its printed count: <c>&lt;245</c> with 24.</summary>
/// <param name="Where">The table cell.</param>
/// <param name="Label">The level's label as printed (<c>&lt;245</c>, <c>≥245</c>, <c>≤46</c>, <c>&lt;30%</c>).</param>
/// <param name="Count">Its printed count.</param>
public sealed record CutPointLevel(PrintedLocation Where, string Label, int Count);

/// <summary>
/// A sentence putting a count on one side of a cut-point ("LDH more than 245 IU/L in 24 patients") against
/// the table's levels for the same cut-point. The count must match the level on the stated side; when it
/// matches the other side instead, the direction is reversed in the text or in the table.
/// </summary>
public static partial class CutPointSideRule
{
    /// <summary>Rule id.</summary>
    public const string Id = "cut-point-side";

    /// <summary>The relation a phrase states: "less than"/"below"/"under" → <c>&lt;</c>, "more than"/"greater than"/"above"/"over" → <c>&gt;</c>; null if none.</summary>
    public static string? RelationInWords(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var match = Words().Match(phrase);
        return !match.Success ? null : match.Groups["lower"].Success ? "<" : ">";
    }

    /// <summary>Checks the count <paramref name="count"/> stated as <paramref name="relation"/> <paramref name="cut"/> against <paramref name="levels"/>.</summary>
    public static AuditFinding Check(string subject, IReadOnlyList<PrintedLocation> where, string relation, decimal cut, int count, IReadOnlyList<CutPointLevel> levels)
    {
        ArgumentNullException.ThrowIfNull(levels);
        var statedLower = relation switch
        {
            "<" or "≤" or "<=" => true,
            ">" or "≥" or ">=" => false,
            _ => throw new ArgumentException($"'{relation}' is not <, ≤, > or ≥.", nameof(relation)),
        };
        var cutText = cut.ToString(CultureInfo.InvariantCulture);
        var printed = $"text: {relation}{cutText} in {Show.Whole(count)}; table: {string.Join(", ", levels.Select(l => $"{l.Label} {Show.Whole(l.Count)}"))}";
        var allWhere = where.Concat(levels.Select(l => l.Where)).Distinct().ToArray();
        var sides = levels.Select(l => (Level: l, Parsed: CutPointLabel.TryParse(l.Label))).Where(x => x.Parsed is { } p && p.Cut == cut).ToList();
        var same = sides.FirstOrDefault(x => x.Parsed!.Lower == statedLower).Level;
        var opposite = sides.FirstOrDefault(x => x.Parsed!.Lower != statedLower).Level;
        if (same is null || opposite is null)
        {
            return new AuditFinding(Id, FindingClass.Ambiguity, subject, allWhere, printed,
                $"The table has no pair of levels on both sides of {cutText} to compare with.");
        }

        if (same.Count == count)
        {
            var boundary = same.Label.TrimStart()[0].ToString() == relation ? string.Empty
                : $" (the text says {relation}{cutText}, the table {same.Label}: a value of exactly {cutText} is counted differently, which the counts cannot show)";
            return new AuditFinding(Id, FindingClass.Consistent, subject, allWhere, printed,
                $"The table has {Show.Whole(same.Count)} in {same.Label}, the side the text states{boundary}.");
        }

        var text = opposite.Count == count
            ? $"The text puts {Show.Whole(count)} on the {(statedLower ? "lower" : "upper")} side of {cutText}; the table has {Show.Whole(same.Count)} in {same.Label} "
                + $"and {Show.Whole(count)} in {opposite.Label}: the side is reversed in the text or in the table."
            : $"The text puts {Show.Whole(count)} {relation}{cutText}; the table has {Show.Whole(same.Count)} in {same.Label} and {Show.Whole(opposite.Count)} in {opposite.Label}: neither is {Show.Whole(count)}.";
        var edit = opposite.Count == count ? $"the text's \"{relation}{cutText}\" should read the other way ({opposite.Label}), or the table's labels are swapped." : null;
        return new AuditFinding(Id, FindingClass.CertainError, subject, allWhere, printed, text, edit);
    }

    [GeneratedRegex(@"\b(?:(?<lower>less than|lower than|below|under)|(?<upper>more than|greater than|higher than|above|over))\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Words();
}
