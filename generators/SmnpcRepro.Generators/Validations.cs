using System;
using SmnpcRepro.Generators.Models;

namespace SmnpcRepro.Generators;

/// <summary>
/// REDCap's text validations and what each one's exported value is. REDCap exports every date as
/// <c>yyyy-MM-dd</c> and every datetime as <c>yyyy-MM-dd HH:mm[:ss]</c> whatever the entry order
/// (<c>_dmy</c>, <c>_mdy</c>); times as <c>HH:mm</c>, <c>HH:mm:ss</c> or <c>mm:ss</c>; numbers with '.',
/// or ',' for the <c>_comma_decimal</c> variants. The string validations (e-mail, phone, postal codes,
/// MRNs, …) are checked by REDCap on entry only, and read as text.
/// </summary>
internal static class Validations
{
    private static readonly string[] StringValidations =
    {
        "email", "phone", "zipcode", "ssn", "alpha_only", "letters_only", "vmrn", "signature",
    };

    private static readonly string[] StringPrefixes = { "phone_", "postalcode_", "zipcode_", "mrn_" };

    /// <summary>The field kind of a <c>text</c> field with <paramref name="validation"/> (lower case), or null when REDCap has no such validation.</summary>
    public static string? KindOf(string validation)
    {
        switch (validation)
        {
            case "":
                return FieldKinds.Text;
            case "integer":
                return FieldKinds.Integer;
            case "number":
            case "number_comma_decimal":
                return FieldKinds.Number;
            case "date_ymd":
            case "date_mdy":
            case "date_dmy":
                return FieldKinds.Date;
            case "datetime_ymd":
            case "datetime_mdy":
            case "datetime_dmy":
            case "datetime_seconds_ymd":
            case "datetime_seconds_mdy":
            case "datetime_seconds_dmy":
                return FieldKinds.DateTime;
            case "time":
            case "time_hh_mm_ss":
            case "time_mm_ss":
                return FieldKinds.Time;
        }

        if (IsNumberWithPlaces(validation))
        {
            return FieldKinds.Number;
        }

        if (Array.IndexOf(StringValidations, validation) >= 0)
        {
            return FieldKinds.Text;
        }

        foreach (var prefix in StringPrefixes)
        {
            if (validation.StartsWith(prefix, StringComparison.Ordinal) && validation.Length > prefix.Length)
            {
                return FieldKinds.Text;
            }
        }

        return null;
    }

    /// <summary>Whether numbers of this validation use ',' as the decimal separator.</summary>
    public static bool CommaDecimal(string validation) => validation.EndsWith("comma_decimal", StringComparison.Ordinal);

    /// <summary>The decimal places a <c>number_Ndp</c> validation (or its <c>_comma_decimal</c> form) fixes, 0 for any other.</summary>
    public static int DecimalPlaces(string validation)
    {
        const string head = "number_";
        return IsNumberWithPlaces(validation) && validation.Length > head.Length + 2 && validation[head.Length + 1] == 'd' && char.IsDigit(validation[head.Length])
            ? validation[head.Length] - '0'
            : 0;
    }

    /// <summary><c>number_1dp</c> … <c>number_4dp</c> and their <c>_comma_decimal</c> forms.</summary>
    private static bool IsNumberWithPlaces(string validation)
    {
        const string head = "number_";
        if (!validation.StartsWith(head, StringComparison.Ordinal) || validation.Length < head.Length + 3)
        {
            return false;
        }

        var rest = validation.Substring(head.Length);
        var i = 0;
        while (i < rest.Length && char.IsDigit(rest[i]))
        {
            i++;
        }

        if (i == 0 || !rest.Substring(i).StartsWith("dp", StringComparison.Ordinal))
        {
            return false;
        }

        var tail = rest.Substring(i + 2);
        return tail.Length == 0 || tail == "_comma_decimal";
    }
}
