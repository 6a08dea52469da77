using System.Globalization;
using System.Text.RegularExpressions;

namespace SmnpcRepro.Analysis.Published;

/// <summary>
/// A number as the paper prints it, with the precision the print implies: <c>0.0094</c> is 0.0094 to
/// 4 decimals and stands for anything in [0.00935, 0.00945]; <c>5.6</c> and <c>5.600</c> are different
/// prints. A relation (<c>&lt;0.001</c>, <c>≤0.05</c>) and a significance star (<c>0.015*</c>) are kept.
/// </summary>
public sealed partial record PrintedNumber
{
    private PrintedNumber(string text, string digits, decimal value, int decimals, PrintedRelation relation, bool starred)
    {
        Text = text;
        Digits = digits;
        Value = value;
        Decimals = decimals;
        Relation = relation;
        Starred = starred;
    }

    /// <summary>The print, unchanged (<c>0.0094*</c>).</summary>
    public string Text { get; }

    /// <summary>The number's characters only (<c>0.0094</c>), the part a single-digit edit changes.</summary>
    public string Digits { get; }

    /// <summary>The printed value, exactly.</summary>
    public decimal Value { get; }

    /// <summary>Decimal places printed.</summary>
    public int Decimals { get; }

    /// <summary>Equal up to rounding, or a bound.</summary>
    public PrintedRelation Relation { get; }

    /// <summary>Whether a significance star follows the number.</summary>
    public bool Starred { get; }

    /// <summary>Half a unit of the last printed digit (0.00005 for <c>0.0094</c>).</summary>
    public decimal HalfUnit => 0.5m / Pow10(Decimals);

    /// <summary>
    /// The numbers the print can stand for: for a plain number the rounding interval (closed, so either
    /// rounding convention at the half is allowed); for a bound the half-line it states.
    /// </summary>
    public Interval Range => Relation switch
    {
        PrintedRelation.Less => new Interval(double.NegativeInfinity, (double)Value, HighOpen: true),
        PrintedRelation.LessOrEqual => new Interval(double.NegativeInfinity, (double)Value),
        PrintedRelation.Greater => new Interval((double)Value, double.PositiveInfinity, LowOpen: true),
        PrintedRelation.GreaterOrEqual => new Interval((double)Value, double.PositiveInfinity),
        _ => new Interval((double)(Value - HalfUnit), (double)(Value + HalfUnit)),
    };

    /// <summary>Reads a print such as <c>5.600</c>, <c>0.0094*</c>, <c>&lt;0.001</c>, <c>≤0.05</c>, <c>80%</c>.</summary>
    /// <exception cref="FormatException">The text is not a single printed number.</exception>
    public static PrintedNumber Parse(string text) =>
        TryParse(text, out var number) ? number : throw new FormatException($"'{text}' is not a printed number.");

    /// <summary>Reads a print; false when the text is not a single printed number.</summary>
    public static bool TryParse(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out PrintedNumber? number)
    {
        number = null;
        if (text is null)
        {
            return false;
        }

        var match = Whole().Match(text);
        if (!match.Success)
        {
            return false;
        }

        number = Build(text, match);
        return true;
    }

    /// <summary>The first printed number in a phrase, with a relation written just before it (<c>P values ≤0.05</c> → <c>≤0.05</c>).</summary>
    public static PrintedNumber? FindIn(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var match = Inside().Match(phrase);
        return match.Success ? Build(match.Value.Trim(), match) : null;
    }

    /// <summary>A print of an exact whole number (a count).</summary>
    public static PrintedNumber Count(int count) => Parse(count.ToString(CultureInfo.InvariantCulture));

    /// <summary>
    /// Every print that differs from this one in exactly one digit, same length and precision, no new
    /// leading zero (<c>1.889</c> → <c>0.889</c>, <c>1.989</c>, …; never <c>01.5</c> from <c>11.5</c>).
    /// </summary>
    public IEnumerable<PrintedNumber> SingleDigitEdits()
    {
        var start = Digits.StartsWith('-') ? 1 : 0;
        var integerLength = (Digits.IndexOf('.', StringComparison.Ordinal) is var dot and >= 0 ? dot : Digits.Length) - start;
        for (var i = start; i < Digits.Length; i++)
        {
            if (!char.IsAsciiDigit(Digits[i]))
            {
                continue;
            }

            for (var d = '0'; d <= '9'; d++)
            {
                if (d == Digits[i] || (d == '0' && i == start && integerLength > 1))
                {
                    continue;
                }

                var digits = string.Concat(Digits.AsSpan(0, i), d.ToString(), Digits.AsSpan(i + 1));
                var text = Text.Replace(Digits, digits, StringComparison.Ordinal);
                yield return Parse(text);
            }
        }
    }

    /// <inheritdoc/>
    public override string ToString() => Text;

    private static PrintedNumber Build(string text, Match match)
    {
        var digits = match.Groups["number"].Value;
        var value = decimal.Parse(digits, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        var dot = digits.IndexOf('.', StringComparison.Ordinal);
        var decimals = dot < 0 ? 0 : digits.Length - dot - 1;
        var relation = match.Groups["relation"].Value switch
        {
            "<" => PrintedRelation.Less,
            "≤" or "<=" => PrintedRelation.LessOrEqual,
            ">" => PrintedRelation.Greater,
            "≥" or ">=" => PrintedRelation.GreaterOrEqual,
            _ => PrintedRelation.Equal,
        };
        return new PrintedNumber(text, digits, value, decimals, relation, match.Groups["star"].Success);
    }

    private static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < exponent; i++)
        {
            result *= 10m;
        }

        return result;
    }

    [GeneratedRegex(@"^\s*(?<relation><=|>=|≤|≥|<|>|=)?\s*(?<number>-?\d+(?:\.\d+)?)\s*[%％]?\s*(?<star>\*+)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Whole();

    [GeneratedRegex(@"(?<relation><=|>=|≤|≥|<|>)?\s*(?<number>-?\d+(?:\.\d+)?)(?<star>\*+)?", RegexOptions.CultureInvariant)]
    private static partial Regex Inside();
}
