using SmnpcRepro.Analysis.Audit.Rules;

namespace SmnpcRepro.Analysis.Audit.Paper;

/// <summary>
/// Table 2, row by row (<c>table2.rows.*</c>, each with a <c>univariate</c> and maybe a
/// <c>multivariate</c> cell): every HR against its interval and p; the significance stars against the
/// table note's threshold; adjusted rows identical to unadjusted ones; and the entry rule of the
/// multivariable model.
/// </summary>
internal static class Table2Checks
{
    private static readonly IReadOnlyList<string> Columns = ["univariate", "multivariate"];

    public static IEnumerable<AuditFinding> Run(PaperReader paper)
    {
        var rows = paper.Paper.Keys("table2.rows");

        // "Table 2 shows the prognostic values ... according to the univariate and multivariate Cox
        // regression analyses" (Results), computed in SPSS, whose Cox output prints Exp(B) with the Wald
        // interval and the Wald Sig.: both columns are Wald intervals with their own Wald p.
        var premise = new HazardRatioPremise(WaldInterval: true, PFromSameWaldTest: true);
        var starThreshold = paper.NumberInPhrase("table2.note");
        foreach (var row in rows)
        {
            foreach (var column in Columns.Where(c => paper.Paper.Has($"table2.rows.{row}.{c}")))
            {
                var path = $"table2.rows.{row}.{column}";
                var where = new[] { paper.Location(path) };
                var estimate = paper.Estimate(path);
                var subject = $"{paper.RowName(row)}, {column}";
                foreach (var finding in HazardRatioIntervalRule.Check(subject, where, estimate, premise))
                {
                    yield return finding;
                }

                if (estimate.P is { } p)
                {
                    var claim = p.Starred ? SignificanceClaim.Significant : SignificanceClaim.NotSignificant;
                    yield return SignificanceClaimRule.Check($"{subject}: significance star", where, p, claim, ClaimStrength.Marker, starThreshold, $"Table 2's {column} column");
                }
            }
        }

        var entered = EnteredFactors(paper, rows);
        foreach (var row in rows.Where(r => paper.Paper.Has($"table2.rows.{r}.multivariate")))
        {
            var path = $"table2.rows.{row}";
            yield return IdenticalAdjustedEstimateRule.Check(
                paper.RowName(row),
                [paper.Location($"{path}.univariate"), paper.Location($"{path}.multivariate")],
                paper.Estimate($"{path}.univariate"),
                paper.Estimate($"{path}.multivariate"),
                adjustedFor: Math.Max(0, entered.Count - 1));
        }

        foreach (var finding in ModelEntryRule.Check(paper.NumberInPhrase("meta.p_entry_multivariate"), Candidates(paper, rows, entered).ToList()))
        {
            yield return finding;
        }
    }

    /// <summary>
    /// The factors the multivariable model adjusted for: as the text implies them
    /// (<c>multivariate_model_covariates_per_text.implied</c>), else the rows with a multivariate cell.
    /// </summary>
    private static HashSet<string> EnteredFactors(PaperReader paper, IReadOnlyList<string> rows)
    {
        var implied = paper.Paper.Texts("table2.multivariate_model_covariates_per_text.implied");
        return implied.Count > 0
            ? implied.ToHashSet(StringComparer.Ordinal)
            : rows.Where(r => paper.Paper.Has($"table2.rows.{r}.multivariate")).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Each row screened with its Table 2 p, and again with the Results text's p where the text prints a different one.</summary>
    private static IEnumerable<CandidateFactor> Candidates(PaperReader paper, IReadOnlyList<string> rows, HashSet<string> entered)
    {
        var enteredWhere = paper.Location("table2.multivariate_model_covariates_per_text");
        foreach (var row in rows)
        {
            var univariate = paper.Estimate($"table2.rows.{row}.univariate");
            var printedAdjusted = paper.Paper.Has($"table2.rows.{row}.multivariate");
            if (univariate.P is { } p)
            {
                yield return new CandidateFactor(paper.RowName(row), [paper.Location($"table2.rows.{row}.univariate"), enteredWhere], p, entered.Contains(row), printedAdjusted);
            }

            var textPath = $"text.results_survival.univariate_p_text.values.{row}";
            if (paper.Paper.Has(textPath) && paper.Number(textPath) is var textP && textP.Digits != univariate.P?.Digits)
            {
                yield return new CandidateFactor($"{paper.RowName(row)}, p in the Results text", [paper.Location(textPath), enteredWhere], textP, entered.Contains(row), null);
            }
        }
    }
}
