using SmnpcRepro.Cohort.Runtime;

namespace SmnpcRepro.Cohort.Tests;

/// <summary>
/// REDCap's string validations with REDCap's own expressions (REDCap 15.0.20's <c>window.REDCap.validations</c>).
/// The accepted values are the examples REDCap's own messages and the validation-suite project give
/// ("like joe@user.com", "like 415 555 1212", "like 94043", the suite's @DEFAULT values); the refused ones break
/// the expression in one way each.
/// </summary>
public sealed class TextValidationTests
{
    public static TheoryData<string, string> Accepted => new()
    {
        { "email", "joe@user.com" },
        { "email", "Milivoj.Marcus@dsds.cmo" },
        { "phone", "415 555 1212" },
        { "phone", "(405) 321-1111" },
        { "phone", "555-867-5309" },
        { "phone_australia", "(02) 1234 5678" },
        { "phone_uk", "+44 7911 123456" },
        { "phone_france", "01 23 45 67 89" },
        { "zipcode", "94043" },
        { "zipcode", "94043-1351" },
        { "postalcode_australia", "5000" },
        { "postalcode_canada", "A0A 0A0" },
        { "postalcode_canada", "k1a0b1" },
        { "postalcode_french", "69008" },
        { "postalcode_germany", "10115" },
        { "postalcode_uk", "SW1A 1AA" },
        { "ssn", "123-12-1234" },
        { "mrn_10d", "1234567890" },
        { "mrn_generic", "A123456789" },
        { "vmrn", "12345" },
        { "alpha_only", "ABCxyz" },
    };

    public static TheoryData<string, string> Refused => new()
    {
        { "email", "joe@user" },
        { "email", "joe..smith@user.com" },
        { "email", ".joe@user.com" },
        { "phone", "123 555 1212" },
        { "phone", "415 555 121" },
        { "phone_australia", "(01) 1234 5678" },
        { "zipcode", "9404" },
        { "zipcode", "94043-13" },
        { "postalcode_australia", "50000" },
        { "postalcode_canada", "D0A 0A0" },
        { "postalcode_french", "99008" },
        { "postalcode_germany", "00115" },
        { "postalcode_uk", "sw1a 1aa" },
        { "ssn", "123121234" },
        { "mrn_10d", "123456789" },
        { "mrn_generic", "A12 3456" },
        { "vmrn", "123" },
        { "alpha_only", "ABC xyz" },
        { "alpha_only", "Ébc" },
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public void REDCap_s_expression_accepts_its_own_examples(string validation, string value) =>
        Assert.Matches(TextValidations.Of(validation)!.CreateRegex(), value);

    [Theory]
    [MemberData(nameof(Refused))]
    public void REDCap_s_expression_refuses_a_malformed_value(string validation, string value) =>
        Assert.DoesNotMatch(TextValidations.Of(validation)!.CreateRegex(), value);

    [Fact]
    public void Every_string_validation_of_the_generator_s_list_that_REDCap_defines_is_checked()
    {
        // REDCap's string validations (its validation table); 'signature' marks a file field, not a text format.
        Assert.Equal(
            ["alpha_only", "email", "mrn_10d", "mrn_generic", "phone", "phone_australia", "phone_france", "phone_uk",
             "postalcode_australia", "postalcode_canada", "postalcode_french", "postalcode_germany", "postalcode_uk",
             "ssn", "vmrn", "zipcode"],
            TextValidations.Names);
        Assert.Null(TextValidations.Of("signature"));
        Assert.Null(TextValidations.Of("integer"));
    }

    [Fact]
    public void The_expressions_do_not_depend_on_the_culture()
    {
        // Under tr-TR a culture-sensitive /i would fold 'I' to dotless 'ı', which [a-z] does not hold.
        var matches = CultureInfoSwap.Run("tr-TR", () => TextValidations.Of("alpha_only")!.CreateRegex().IsMatch("FIXI"));

        Assert.True(matches);
    }
}
