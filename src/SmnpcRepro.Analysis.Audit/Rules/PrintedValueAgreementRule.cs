using SmnpcRepro.Analysis.Published;

namespace SmnpcRepro.Analysis.Audit.Rules;

/// <summary>One print of a quantity that the paper prints in several places.</summary>
/// <param name="Where">Where this print is.</param>
/// <param name="Value">The print.</param>
/// <param name="Method">The test or statistic the paper attributes this print to, or null when it does not say.</param>
public sealed record PrintedOccurrence(PrintedLocation Where, PrintedNumber Value, string? Method = null);

/// <summary>
/// The same quantity printed in several places (abstract, results, tables, discussion) must agree up to
/// rounding. Prints of a p-value may legitimately differ when they come from different tests (a log-rank
/// p in the text, a Cox Wald p in the table): the caller names the tests that could have produced the
/// quantity, and a disagreement is an ambiguity when some attribution of the prints to those tests makes
/// every test's prints agree, and a certain error when none does (more distinct values than tests, or two
/// prints of the same test that differ).
/// </summary>
public static class PrintedValueAgreementRule
{
    /// <summary>Rule id.</summary>
    public const string Id = "printed-value-agreement";

    /// <summary>Checks the prints of one quantity.</summary>
    /// <param name="subject">The quantity, in words.</param>
    /// <param name="occurrences">Its prints; at least two.</param>
    /// <param name="candidateMethods">Tests that could have produced a print whose test is not stated; empty when the quantity has one definition (a count).</param>
    public static AuditFinding Check(string subject, IReadOnlyList<PrintedOccurrence> occurrences, IReadOnlyList<string>? candidateMethods = null)
    {
        ArgumentNullException.ThrowIfNull(occurrences);
        if (occurrences.Count < 2)
        {
            throw new ArgumentException("Agreement needs at least two prints.", nameof(occurrences));
        }

        var methods = candidateMethods is { Count: > 0 } ? candidateMethods : ["the same definition"];
        var where = occurrences.Select(o => o.Where).ToArray();
        var printed = string.Join("; ", occurrences.Select(o => $"{o.Value.Text} ({o.Where.Source})"));
        var best = BestAttribution(occurrences, methods);
        if (best is null)
        {
            var distinct = Clusters(occurrences);
            var text = $"{Show.Whole(distinct)} values that cannot be the same number after rounding, "
                + $"but only {Show.Whole(methods.Count)} way(s) to compute it ({string.Join(", ", methods)})";
            var stated = occurrences.Where(o => o.Method is not null).GroupBy(o => o.Method).FirstOrDefault(g => Common(g.ToList()) is null);
            if (stated is not null)
            {
                text += $"; the prints attributed to {stated.Key} already disagree";
            }

            return new AuditFinding(Id, FindingClass.CertainError, subject, where, printed, text + ": at least one print is wrong.", SlipHint(occurrences));
        }

        var used = best.Select(b => b.Method).Distinct().ToList();
        if (used.Count == 1)
        {
            var distinct = occurrences.Select(o => o.Value.Text.TrimEnd('*')).Distinct().ToList();
            return new AuditFinding(Id, FindingClass.Consistent, subject, where, printed, distinct.Count == 1
                ? $"All {Show.Whole(occurrences.Count)} prints read {distinct[0]}."
                : $"{string.Join(", ", distinct)} agree within the rounding of each print.");
        }

        var groups = best.GroupBy(b => b.Method)
            .Select(g => $"{string.Join(", ", g.Select(b => b.Occurrence.Value.Text).Distinct())} as {g.Key}");
        var tests = string.Join(" and ", used.Order(StringComparer.Ordinal));
        return new AuditFinding(Id, FindingClass.Ambiguity, subject, where, printed,
            $"The prints differ beyond rounding, but reading {string.Join("; ", groups)} makes each test's prints agree. "
            + "The paper does not say which test each print is.", SlipHint(occurrences),
            new AuditConvention(
                $"Prints of one quantity that agree only as different tests: {tests}",
                $"At each place the prints differ beyond rounding, but reading each as one of {tests} makes every test's prints agree: one convention (different tests in different places), not a disagreement at each place. The paper does not say which test each print is."));
    }

    /// <summary>The attribution of prints to tests that uses the fewest tests while each test's prints agree; null if none exists.</summary>
    private static List<(PrintedOccurrence Occurrence, string Method)>? BestAttribution(IReadOnlyList<PrintedOccurrence> occurrences, IReadOnlyList<string> methods)
    {
        List<(PrintedOccurrence, string)>? best = null;
        var bestCount = int.MaxValue;
        var choice = new string[occurrences.Count];
        Search(0);
        return best;

        void Search(int index)
        {
            if (index == occurrences.Count)
            {
                var groups = occurrences.Select((o, i) => (o, choice[i])).GroupBy(p => p.Item2).ToList();
                if (groups.All(g => Common(g.Select(p => p.o).ToList()) is not null) && groups.Count < bestCount)
                {
                    bestCount = groups.Count;
                    best = occurrences.Select((o, i) => (o, choice[i])).ToList();
                }

                return;
            }

            var stated = occurrences[index].Method;
            foreach (var method in stated is null ? methods : [stated])
            {
                choice[index] = method;
                Search(index + 1);
            }
        }
    }

    private static Interval? Common(IReadOnlyList<PrintedOccurrence> prints)
    {
        Interval? common = prints[0].Value.Range;
        foreach (var print in prints.Skip(1))
        {
            common = common?.Intersect(print.Value.Range);
        }

        return common;
    }

    /// <summary>How many groups of mutually agreeing prints (greedy over sorted ranges).</summary>
    private static int Clusters(IReadOnlyList<PrintedOccurrence> occurrences)
    {
        var count = 0;
        Interval? current = null;
        foreach (var range in occurrences.Select(o => o.Value.Range).OrderBy(r => r.Low))
        {
            current = current?.Intersect(range);
            if (current is null)
            {
                count++;
                current = range;
            }
        }

        return count;
    }

    /// <summary>Two prints with the same digits but two neighbours swapped, or one digit changed: the usual typing slips.</summary>
    private static string? SlipHint(IReadOnlyList<PrintedOccurrence> occurrences)
    {
        var hints = new List<string>();
        for (var i = 0; i < occurrences.Count; i++)
        {
            for (var j = i + 1; j < occurrences.Count; j++)
            {
                var (a, b) = (occurrences[i].Value.Digits, occurrences[j].Value.Digits);
                if (a.Length != b.Length || a == b)
                {
                    continue;
                }

                var diff = Enumerable.Range(0, a.Length).Where(k => a[k] != b[k]).ToList();
                var slip = diff.Count == 2 && diff[1] == diff[0] + 1 && a[diff[0]] == b[diff[1]] && a[diff[1]] == b[diff[0]] ? "two neighbouring digits swapped"
                    : diff.Count == 1 ? "one digit different"
                    : null;
                if (slip is not null)
                {
                    hints.Add($"{a} ({occurrences[i].Where.Source}) and {b} ({occurrences[j].Where.Source}) differ by {slip}: one is likely a typing slip of the other.");
                }
            }
        }

        return hints.Count == 0 ? null : string.Join(" ", hints.Distinct());
    }
}
