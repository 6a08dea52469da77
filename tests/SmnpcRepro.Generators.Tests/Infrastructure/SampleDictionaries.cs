namespace SmnpcRepro.Generators.Tests.Infrastructure;

/// <summary>Dictionaries the tests share.</summary>
internal static class SampleDictionaries
{
    /// <summary>One field of every supported type and validation, optional and required, with units, bounds and awkward labels.</summary>
    public static string Demo() => Dictionary.Create()
        .Field("record_id", "text", "Patient ID", validation: "integer", min: "1", required: true, form: "enrolment", annotation: "Study number; unique")
        .Field("enrolled_on", "text", "Date of enrolment", validation: "date_ymd", min: "2010-01-01", max: "2024-12-31", required: true, form: "enrolment")
        .Field("intro", "descriptive", "Please fill in every field.", form: "enrolment")
        .Field("sex", "radio", "Gender", choices: "1, Male | 2, Female", required: true, form: "enrolment")
        .Field("age_group", "dropdown", "Age group", choices: "1, Under 60 | 2, 60 or older | 3, %")
        .Field("weight", "text", "Body weight", note: "kg", validation: "number", min: "2.5", max: "300")
        .Field("ki67", "text", "Ki-67 \"index\"", note: "%", validation: "integer", min: "0", max: "100")
        .Field("smoker", "yesno", "Smoker")
        .Field("consent", "truefalse", "Consent signed", required: true)
        .Field("pain", "slider", "Pain score", choices: "None | Some | Worst")
        .Field("bmi", "calc", "BMI, calculated", choices: "[weight]/([height]*[height])", note: "kg/m2")
        .Field("comment", "notes", "Comment,\nfree text")
        .Field("site_code", "text", "Site code")
        .ToString();
}
