namespace SmnpcRepro.Generators.Models;

/// <summary>A whole data dictionary: the type names it gives rise to and its fields in order.</summary>
/// <param name="BaseName">From the file name: <c>cohort.dictionary.csv</c> → <c>Cohort</c>.</param>
/// <param name="FileName">The dictionary's file name, for the generated comments.</param>
internal sealed record DictionaryModel(string BaseName, string FileName, EquatableArray<FieldModel> Fields)
{
    public string RecordName => BaseName + "Record";
}
