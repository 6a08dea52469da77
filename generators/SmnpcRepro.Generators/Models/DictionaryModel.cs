namespace SmnpcRepro.Generators.Models;

/// <summary>A whole data dictionary: the type names it gives rise to and its fields in order.</summary>
/// <param name="BaseName">From the file name (<c>cohort.dictionary.csv</c> → <c>Cohort</c>) or the <c>SmnpcName</c> metadata.</param>
/// <param name="FileName">The dictionary's file name, for the generated comments.</param>
/// <param name="FilePath">The dictionary's path, for diagnostics found after parsing.</param>
/// <param name="Namespace">The namespace of its types, or empty for the project's root namespace.</param>
/// <param name="Strict">Whether the reader makes REDCap's soft checks (range, required) errors.</param>
internal sealed record DictionaryModel(string BaseName, string FileName, string FilePath, EquatableArray<FieldModel> Fields, string Namespace = "", bool Strict = false)
{
    public string RecordName => BaseName + "Record";

    public string FieldsName => BaseName + "Fields";

    public string LabelsName => BaseName + "Labels";

    public string CsvName => BaseName + "Csv";

    /// <summary>The classes generated for the dictionary (enums aside).</summary>
    public string[] ClassNames => new[] { RecordName, FieldsName, LabelsName, CsvName };
}
