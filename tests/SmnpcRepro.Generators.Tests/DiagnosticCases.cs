using SmnpcRepro.Generators.Tests.Infrastructure;

namespace SmnpcRepro.Generators.Tests;

/// <summary>One small dictionary (or pair) per diagnostic, each breaking exactly one rule: <see cref="All"/> the errors, <see cref="Warnings"/> the warnings.</summary>
internal static class DiagnosticCases
{
    private const string Path = "data/study.dictionary.csv";

    public static readonly IReadOnlyDictionary<string, (string Path, string Text)[]> All = new Dictionary<string, (string, string)[]>
    {
        ["SMNPC001_missing_column"] = One(
            "\"Variable / Field Name\",\"Form Name\",\"Field Type\",\"Field Label\",\"Choices, Calculations, OR Slider Labels\",\"Text Validation Type OR Show Slider Number\",\"Text Validation Min\",\"Text Validation Max\",\"Required Field?\"\n"
            + "record_id,main,text,ID,,integer,,,y\n"),
        ["SMNPC002_unknown_field_type"] = One(Valid().Field("age", "textbox", "Age").ToString()),
        ["SMNPC003_duplicate_field"] = One(Valid().Field("age", "text", "Age", validation: "integer").Field("age", "text", "Age again", validation: "integer").ToString()),
        ["SMNPC004_invalid_name"] = One(Valid().Field("kps-preop", "text", "KPS", validation: "integer").Field("2nd_visit", "text", "Second visit").ToString()),
        ["SMNPC005_bad_choices"] = One(Valid().Field("sex", "radio", "Sex", choices: "1 Male | 2, Female").Field("grade", "radio", "Grade", choices: "1, A | 1, B").ToString()),
        ["SMNPC006_min_above_max"] = One(Valid().Field("age", "text", "Age", validation: "integer", min: "100", max: "18").ToString()),
        ["SMNPC008_bound_does_not_parse"] = One(Valid().Field("age", "text", "Age", validation: "integer", min: "ten").Field("seen", "text", "Seen on", validation: "date_ymd", max: "31/12/2020").ToString()),
        ["SMNPC009_malformed_csv"] = One(Valid().Raw("age,main,,text,\"Age,,,integer,,,,,,,,,,").ToString()),
        ["SMNPC010_no_fields"] = One(Dictionary.Create().ToString()),
        ["SMNPC011_wrong_row_width"] = One(Valid().Raw("age,main,,text,Age,,,integer").ToString()),
        ["SMNPC012_bad_file_name"] = [("data/2nd-cohort.dictionary.csv", Valid().ToString())],
        ["SMNPC015_name_clash"] = One(Valid()
            .Field("study_record", "text", "Record")
            .Field("all", "text", "All")
            .Field("kps_preop", "text", "KPS")
            .Field("kps__preop", "text", "KPS again")
            .Field("study_csv", "radio", "Csv", choices: "1, A")
            .Field("runtime", "radio", "Runtime", choices: "1, A")
            .ToString()),
        ["SMNPC016_duplicate_dictionary_name"] =
        [
            ("data/study.dictionary.csv", Valid().ToString()),
            ("other/Study.dictionary.csv", Valid().ToString()),
        ],
        ["SMNPC017_type_clash"] = One(Valid().Field("file", "dropdown", "File", choices: "1, A").Field("study_file", "radio", "Study file", choices: "1, B").ToString()),
        ["SMNPC018_bounds_not_allowed"] = One(Valid().Field("sex", "radio", "Sex", choices: "1, Male | 2, Female", min: "1").ToString()),
    };

    /// <summary>Warnings: the dictionary still generates.</summary>
    public static readonly IReadOnlyDictionary<string, (string Path, string Text)[]> Warnings = new Dictionary<string, (string, string)[]>
    {
        ["SMNPC007_unknown_validation"] = One(Valid().Field("mail", "text", "E-mail", validation: "emial").ToString()),
        ["SMNPC019_malformed_descriptive_row"] = One(Valid().Raw("intro,main,,descriptive,Hello, world,,,,,,,,,,,,,").Field("age", "text", "Age", validation: "integer").ToString()),
    };

    public static TheoryData<string> Names() => new(All.Keys);

    public static TheoryData<string> WarningNames() => new(Warnings.Keys);

    private static Dictionary Valid() => Dictionary.Create().Field("record_id", "text", "Patient ID", validation: "integer", required: true);

    private static (string Path, string Text)[] One(string text) => [(Path, text)];
}
