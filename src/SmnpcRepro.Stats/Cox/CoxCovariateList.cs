using System.Text.RegularExpressions;

namespace SmnpcRepro.Stats.Cox;

/// <summary>
/// The model terms of <c>smnpc stats cox --covariates</c>: a comma-separated list in R's spelling, where
/// <c>factor(col)</c> is a categorical covariate (treatment contrasts) and a plain name a numeric one —
/// or an ordinal one when named by <c>--ordinal</c>. <c>--ref col=level</c> picks a factor's reference.
/// </summary>
public sealed partial record CoxCovariateList(IReadOnlyList<CoxCovariateTerm> Terms)
{
    /// <summary>Parses the options; throws <see cref="FormatException"/> with the reason.</summary>
    public static CoxCovariateList Parse(string covariates, IReadOnlyList<string> references, IReadOnlyList<string> ordinal)
    {
        var terms = new List<CoxCovariateTerm>();
        foreach (var raw in covariates.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var factor = FactorPattern().Match(raw);
            var column = factor.Success ? factor.Groups[1].Value.Trim() : raw;
            if (column.Length == 0 || column.Contains('(', StringComparison.Ordinal) || column.Contains(')', StringComparison.Ordinal))
            {
                throw new FormatException($"--covariates: '{raw}' is not a column name or factor(column).");
            }

            var kind = factor.Success ? CoxCovariateKind.Factor : ordinal.Contains(column) ? CoxCovariateKind.Ordinal : CoxCovariateKind.Numeric;
            if (terms.Any(t => t.Column == column))
            {
                throw new FormatException($"--covariates: column '{column}' is listed twice.");
            }

            terms.Add(new CoxCovariateTerm(factor.Success ? $"factor({column})" : column, column, kind, null));
        }

        if (terms.Count == 0)
        {
            throw new FormatException("--covariates: give at least one column, e.g. \"age,sex,factor(ph.ecog)\".");
        }

        foreach (var o in ordinal)
        {
            var term = terms.FirstOrDefault(t => t.Column == o);
            if (term is null || term.Kind == CoxCovariateKind.Factor)
            {
                throw new FormatException($"--ordinal {o}: list the column as a plain name in --covariates (not factor({o})).");
            }
        }

        foreach (var r in references)
        {
            var at = r.IndexOf('=', StringComparison.Ordinal);
            if (at <= 0)
            {
                throw new FormatException($"--ref '{r}': write COLUMN=LEVEL, e.g. --ref ph.ecog=1.");
            }

            var column = r[..at].Trim();
            var level = r[(at + 1)..].Trim();
            var index = terms.FindIndex(t => t.Column == column && t.Kind == CoxCovariateKind.Factor);
            if (index < 0)
            {
                throw new FormatException($"--ref {r}: '{column}' is not a factor(...) term of --covariates.");
            }

            terms[index] = terms[index] with { Reference = level };
        }

        return new CoxCovariateList(terms);
    }

    [GeneratedRegex(@"^factor\((.*)\)$")]
    private static partial Regex FactorPattern();
}

/// <summary>How a covariate column enters the Cox model.</summary>
public enum CoxCovariateKind
{
    Numeric,
    Factor,
    Ordinal,
}

/// <summary>One term: its name as R prints it, the CSV column, its coding and a factor's chosen reference.</summary>
public sealed record CoxCovariateTerm(string Name, string Column, CoxCovariateKind Kind, string? Reference);
