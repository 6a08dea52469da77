using System.Globalization;
using SmnpcRepro.Stats.Tabular;
using SmnpcRepro.Survival.Data;
using SmnpcRepro.Survival.Memory;

namespace SmnpcRepro.Stats.Input;

/// <summary>
/// The one input contract of every stats verb (km, logrank, cox; docs/stats-input.md). Reads the columns
/// of a survival analysis from any CSV with <see cref="CsvFrame"/>; drops rows with a missing value in any
/// used column and blank lines (counted, with their line numbers, never silently); maps the status column
/// through the event and censoring codes; and refuses, naming file, line and column: a negative, NaN or
/// infinite time, a status that is neither code, a column named twice in the header, a group or stratum
/// with no rows left. Group, strata and factor columns get R's levels (<see cref="Levels.RFactorLevels"/>).
/// </summary>
public static class SurvivalCsvInput
{
    /// <summary>How many dropped lines are listed (all are counted).</summary>
    public const int DroppedLinesListed = 20;

    /// <summary>Loads and validates the request.</summary>
    /// <exception cref="SurvivalInputException">Bad input; nothing has been analysed.</exception>
    public static SurvivalCsvTable Load(SurvivalCsvRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var numericNames = new List<string> { request.Time };
        numericNames.AddRange(request.NumericCovariates);
        var factorNames = new List<string> { request.Event };
        if (request.Group is not null)
        {
            factorNames.Add(request.Group);
        }

        if (request.Strata is not null && request.Strata != request.Group)
        {
            factorNames.Add(request.Strata);
        }

        factorNames.AddRange(request.FactorCovariates);
        CheckDistinct(request, numericNames, factorNames);

        CsvFrame frame;
        try
        {
            frame = CsvFrame.Load(request.Path, numericNames.Distinct().ToArray(), factorNames.Distinct().ToArray());
        }
        catch (CsvFrameException e)
        {
            throw new SurvivalInputException(e.Message);
        }

        var n = frame.RowCount;
        var file = request.Path;
        var time = frame.Numeric(request.Time).Values;
        var status = frame.Factor(request.Event);
        var group = request.Group is null ? null : frame.Factor(request.Group);
        var strata = request.Strata is null ? null : frame.Factor(request.Strata);
        var statusOfLevel = StatusOfLevels(status, request);

        // Which rows are complete (one pass per column that has a missing cell); count missing cells per column.
        // With no missing cell anywhere (the usual file) every row is kept and no mask is made.
        var dropped = new Dictionary<string, int>(StringComparer.Ordinal);
        bool[]? keep = null;
        foreach (var name in numericNames.Distinct())
        {
            var column = frame.Numeric(name);
            dropped[name] = column.MissingCount;
            if (column.MissingCount > 0)
            {
                keep ??= AllKept(n);
                var values = column.Values;
                for (var i = 0; i < n; i++)
                {
                    keep[i] &= !double.IsNaN(values[i]);
                }
            }
        }

        foreach (var name in factorNames.Distinct())
        {
            var column = frame.Factor(name);
            dropped[name] = column.MissingCount;
            if (column.MissingCount > 0)
            {
                keep ??= AllKept(n);
                var codes = column.Codes;
                for (var i = 0; i < n; i++)
                {
                    keep[i] &= codes[i] >= 0;
                }
            }
        }

        var kept = n;
        var missingLines = new List<int>();
        if (keep is not null)
        {
            kept = 0;
            for (var i = 0; i < n; i++)
            {
                if (keep[i])
                {
                    kept++;
                }
                else if (missingLines.Count < DroppedLinesListed)
                {
                    missingLines.Add(frame.Lines.LineOf(i));
                }
            }
        }

        var droppedLines = missingLines.Concat(frame.BlankLines.Take(DroppedLinesListed)).Order().Take(DroppedLinesListed).ToArray();
        if (kept == 0)
        {
            throw new SurvivalInputException($"{file}: error: no row has all of the columns {string.Join(", ", numericNames.Concat(factorNames).Distinct())}; every row has a missing value.");
        }

        // With every row kept, the time column is already the kept times (only checked below, never changed).
        var keptTime = kept == n ? time : LargeArrays.AllocateUninitialized<double>(kept);
        var keptStatus = LargeArrays.AllocateUninitialized<byte>(kept);
        var statusCodes = status.Codes;
        var k = 0;
        for (var i = 0; i < n; i++)
        {
            if (keep is not null && !keep[i])
            {
                continue;
            }

            var t = time[i];
            if (t < 0)
            {
                throw new SurvivalInputException(string.Create(CultureInfo.InvariantCulture,
                    $"{file}({frame.Lines.LineOf(i)},{frame.ColumnNumber(request.Time)}): error: column '{request.Time}' value {t:R}: a time must not be negative."));
            }

            var s = statusOfLevel[statusCodes[i]];
            if (s < 0)
            {
                throw new SurvivalInputException(string.Create(CultureInfo.InvariantCulture,
                    $"{file}({frame.Lines.LineOf(i)},{frame.ColumnNumber(request.Event)}): error: column '{request.Event}' value '{status.Levels[status.Codes[i]]}' is neither the event code '{request.EventCode}' nor the censored code '{request.CensorCode}' (set them with --event-code and --censor-code)."));
            }

            keptStatus[k] = (byte)s;
            if (kept != n)
            {
                keptTime[k] = t;
            }

            k++;
        }

        var groupFactor = group is null ? null : KeptFactor(file, request.Group!, group, keep, kept, kept < n);
        var strataFactor = strata is null ? null : KeptFactor(file, request.Strata!, strata, keep, kept, kept < n);
        var numeric = request.NumericCovariates.Distinct().ToDictionary(c => c, c => Kept(frame.Numeric(c).Values, keep, kept), StringComparer.Ordinal);
        var factors = request.FactorCovariates.Distinct().ToDictionary(c => c, c => frame.Factor(c) with { Codes = Kept(frame.Factor(c).Codes, keep, kept), MissingCount = 0 }, StringComparer.Ordinal);
        SurvivalData data;
        try
        {
            data = SurvivalData.Create(keptTime, keptStatus, groupFactor, strataFactor);
        }
        catch (ArgumentException e)
        {
            throw new SurvivalInputException($"{file}: error: {e.Message}");
        }

        var blank = frame.BlankLines.Length;
        return new SurvivalCsvTable(data, n + blank, dropped, n - kept + blank, blank, droppedLines, numeric, factors);
    }

    /// <summary>1 = event, 0 = censored, −1 = neither, per level of the status column.</summary>
    private static bool[] AllKept(int n)
    {
        var keep = new bool[n];
        Array.Fill(keep, true);
        return keep;
    }

    private static int[] StatusOfLevels(FactorColumn status, SurvivalCsvRequest request)
    {
        var result = new int[status.Levels.Length];
        for (var l = 0; l < result.Length; l++)
        {
            result[l] = SameCode(status.Levels[l], request.EventCode) ? 1 : SameCode(status.Levels[l], request.CensorCode) ? 0 : -1;
        }

        if (SameCode(request.EventCode, request.CensorCode))
        {
            throw new SurvivalInputException($"--event-code and --censor-code are both '{request.EventCode}'.");
        }

        return result;
    }

    private static bool SameCode(string value, string code) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var a) && double.TryParse(code, NumberStyles.Float, CultureInfo.InvariantCulture, out var b)
            ? a == b
            : string.Equals(value.Trim(), code.Trim(), StringComparison.Ordinal);

    private static SurvivalFactor KeptFactor(string file, string name, FactorColumn column, bool[]? keep, int kept, bool anyDropped)
    {
        var codes = Kept(column.Codes, keep, kept);
        var counts = new int[column.Levels.Length];
        foreach (var c in codes)
        {
            counts[c]++;
        }

        for (var l = 0; l < counts.Length; l++)
        {
            if (counts[l] == 0)
            {
                var why = anyDropped ? " after dropping the rows with a missing value" : string.Empty;
                throw new SurvivalInputException($"{file}: error: column '{name}' level '{column.Levels[l]}' has no rows left{why} (an empty group).");
            }
        }

        return new SurvivalFactor(name, codes, column.Levels);
    }

    private static T[] Kept<T>(T[] values, bool[]? keep, int kept)
    {
        if (keep is null || kept == values.Length)
        {
            return values;
        }

        var result = new T[kept];
        var k = 0;
        for (var i = 0; i < values.Length; i++)
        {
            if (keep[i])
            {
                result[k++] = values[i];
            }
        }

        return result;
    }

    private static void CheckDistinct(SurvivalCsvRequest request, List<string> numericNames, List<string> factorNames)
    {
        foreach (var name in numericNames)
        {
            if (factorNames.Contains(name))
            {
                throw new SurvivalInputException($"{request.Path}: error: column '{name}' cannot be both a number (time or covariate) and a category (event, group or strata).");
            }
        }
    }
}
