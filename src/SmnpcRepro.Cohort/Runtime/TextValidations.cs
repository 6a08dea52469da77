using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace SmnpcRepro.Cohort.Runtime;

/// <summary>
/// REDCap's string validations of <c>text</c> fields, with REDCap's own regular expressions: the
/// <c>window.REDCap.validations</c> table REDCap 15.0.20 sends to every page (the same expressions as the
/// <c>regex_php</c> column of its <c>redcap_validation_types</c> table, which checks an import), transcribed
/// with JavaScript's ASCII <c>\d</c> written <c>[0-9]</c> and its <c>/i</c> flag as
/// <see cref="RegexOptions.IgnoreCase"/>. REDCap refuses a value that fails one ("The value you provided could
/// not be validated because it does not follow the expected format"), on entry and on import alike, so a
/// failure is an error, not a soft warning. Dates, times and numbers are checked by the typed reader; a
/// validation not listed here (a site's own, <c>signature</c>) is not checked.
/// </summary>
public static class TextValidations
{
    /// <summary>The letters REDCap's email expression accepts besides ASCII (its Unicode ranges, verbatim).</summary>
    private const string Letters =
        @"a-zA-Z\u0080-\u02AF\u0300-\u07FF\u0900-\u18AF\u1900-\u1A1F\u1B00-\u1B7F\u1D00-\u1FFF\u20D0-\u214F\u2C00-\u2DDF"
        + @"\u2F00-\u2FDF\u2FF0-\u2FFF\u3040-\u319F\u31C0-\uA4CF\uA700-\uA71F\uA800-\uA82F\uA840-\uA87F\uAC00-\uD7AF\uF900-\uFAFF";

    private const string EmailLocal = "[" + Letters + @"0-9!#$%&'*+\-/=?^_`{|}~]+";

    private static readonly FrozenDictionary<string, TextValidation> Table = new TextValidation[]
    {
        new("alpha_only", "^[a-z]+$", true, "must be letters only (a-z, A-Z)"),
        new("email", @"^(?!\.)((?!.*\.{2})" + EmailLocal + @")(\." + EmailLocal + @")*@(?!\.)([" + Letters + @"0-9\-\.]+)((\.([" + Letters + "]){2,63})+)$", true,
            "must be a valid email address (like joe@user.com)"),
        new("mrn_10d", "^[0-9]{10}$", false, "must be a medical record number of 10 digits"),
        new("mrn_generic", "^[a-z0-9-_]+$", true, "must be a medical record number of letters, digits, '-' and '_'"),
        new("phone", @"^(?:\(?([2-9]0[1-9]|[2-9]1[02-9]|[2-9][2-9][0-9]|800|811)\)?)\s*(?:[.-]\s*)?([0-9]{3})\s*(?:[.-]\s*)?([0-9]{4})(?:\s*(?:#|x\.?|ext\.?|extension)\s*([0-9]+))?$", false,
            "must be a 10 digit North American phone number (like 415 555 1212)"),
        new("phone_australia", @"^(\(0[2-8]\)|0[2-8])\s*[0-9]{4}\s*[0-9]{4}$", false, "must be an Australian phone number (like (02) 1234 5678)"),
        new("phone_france", @"^(?:(?:\+|00)(?:33|262|508|590|594|596|687)[\s.-]{0,3}(?:\(0\)[\s.-]{0,3})?|0)[1-9](?:(?:[\s.-]?[0-9]{2}){4}|[0-9]{2}(?:[\s.-]?[0-9]{3}){2})$", false,
            "must be a French phone number (like 01 23 45 67 89)"),
        new("phone_uk", @"^((((\+44|0044)\s?[0-9]{4}|\(?0[0-9]{4}\)?)\s?[0-9]{3}\s?[0-9]{3})|(((\+44|0044)\s?[0-9]{3}|\(?0[0-9]{3}\)?)\s?[0-9]{3}\s?[0-9]{4})|(((\+44|0044)\s?[0-9]{2}|\(?0[0-9]{2}\)?)\s?[0-9]{4}\s?[0-9]{4}))(\s?\#([0-9]{4}|[0-9]{3}))?$", false,
            "must be a UK phone number (like +44 7911 123456)"),
        new("postalcode_australia", "^[0-9]{4}$", false, "must be an Australian postal code of 4 digits"),
        new("postalcode_canada", @"^[ABCEGHJKLMNPRSTVXY]{1}[0-9]{1}[A-Z]{1}\s*[0-9]{1}[A-Z]{1}[0-9]{1}$", true, "must be a Canadian postal code (like K1A 0B1)"),
        new("postalcode_french", "^((0?[1-9])|([1-8][0-9])|(9[0-8]))[0-9]{3}$", false, "must be a French postal code of 5 digits (like 69008)"),
        new("postalcode_germany", "^(0[1-9]|[1-9][0-9])[0-9]{3}$", false, "must be a German postal code of 5 digits (like 10115)"),
        new("postalcode_uk", "^(([A-Z]{1,2}[0-9]{1,2})|([A-Z]{1,2}[0-9][A-Z])) [0-9][ABD-HJLNP-Z]{2}$", false, "must be a UK postcode in capitals (like SW1A 1AA)"),
        new("ssn", "^[0-9]{3}-[0-9][0-9]-[0-9]{4}$", false, "must be a U.S. Social Security Number written 123-45-6789"),
        new("vmrn", "^[0-9]{4,9}$", false, "must be a Vanderbilt medical record number of 4 to 9 digits"),
        new("zipcode", "^[0-9]{5}(-[0-9]{4})?$", false, "must be a 5 or 9 digit U.S. ZIP Code (like 94043 or 94043-1351)"),
    }.ToFrozenDictionary(v => v.Name, StringComparer.Ordinal);

    /// <summary>The validation named <paramref name="validation"/> (as the dictionary writes it), or null when REDCap has no string validation of that name.</summary>
    public static TextValidation? Of(string validation) =>
        Table.TryGetValue(validation, out var rule) ? rule : null;

    /// <summary>Every string validation checked, by name.</summary>
    public static IEnumerable<string> Names => Table.Keys.Order(StringComparer.Ordinal);
}

/// <summary>One REDCap string validation: its name, REDCap's expression, and the rule in words for an error.</summary>
/// <param name="Name">The validation as a data dictionary writes it (<c>email</c>, <c>zipcode</c>, …).</param>
/// <param name="Pattern">REDCap's regular expression.</param>
/// <param name="IgnoreCase">Whether REDCap applies it with the <c>/i</c> flag.</param>
/// <param name="Rule">What a value must be, in the words of an error message.</param>
public sealed record TextValidation(string Name, string Pattern, bool IgnoreCase, string Rule)
{
    /// <summary>A matcher of REDCap's expression (culture-invariant; a pathological value times out after a second instead of hanging the read).</summary>
    public Regex CreateRegex() => new(
        Pattern,
        RegexOptions.CultureInvariant | (IgnoreCase ? RegexOptions.IgnoreCase : RegexOptions.None),
        TimeSpan.FromSeconds(1));
}
