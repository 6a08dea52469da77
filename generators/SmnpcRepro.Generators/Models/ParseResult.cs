using System.Linq;

namespace SmnpcRepro.Generators.Models;

/// <summary>What the parser makes of one dictionary: the model when it is valid, and every diagnostic.</summary>
internal sealed record ParseResult(DictionaryModel? Model, EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>The type names the dictionary would generate, or null when it has errors.</summary>
    public DictionarySummary? Summary()
    {
        if (Model is null)
        {
            return null;
        }

        var classes = Model.ClassNames.Select(n => new TypeEntry(n, string.Empty, string.Empty));
        var enums = Model.Fields.Where(f => f.HasEnum).Select(f => new TypeEntry(f.PropertyName, f.Name, f.ChoiceSignature));
        return new DictionarySummary(Model.FilePath, Model.FileName, Model.BaseName, new EquatableArray<TypeEntry>(classes.Concat(enums)), Model.Namespace);
    }
}
