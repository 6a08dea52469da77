using System;
using System.Collections.Generic;
using SmnpcRepro.Generators.Models;

namespace SmnpcRepro.Generators;

/// <summary>
/// Checks that the C# names the fields become can all be generated: no two fields give the same name,
/// and no field takes the name of a generated type or of a member the generated types already have
/// (the REDCap event and repeat properties every record has among them).
/// </summary>
internal static class NameRules
{
    /// <summary>Members of every record and static class (object's, and the record's own), and <c>Fields.All</c>.</summary>
    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal)
    {
        "All", "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "Finalize", "ReferenceEquals",
        "EqualityContract", "PrintMembers", "Deconstruct",
        "RedcapEventName", "RedcapArm", "RedcapRepeatInstrument", "RedcapRepeatInstance",
    };

    public static void Check(DictionarySource source, DictionaryModel model)
    {
        var taken = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in model.Fields)
        {
            var name = field.PropertyName;
            string? clash = null;
            if (taken.TryGetValue(name, out var other))
            {
                clash = "field '" + other + "' also becomes";
            }
            else if (name == model.RecordName)
            {
                clash = "is the name of the record type itself";
            }
            else if (name == model.FieldsName)
            {
                clash = "is the name of the class " + model.FieldsName + " that holds the field descriptions";
            }
            else if (Reserved.Contains(name))
            {
                clash = "is a member the generated record or " + model.FieldsName + " already has";
            }
            else if (field.HasEnum && (name == model.LabelsName || name == model.CsvName))
            {
                clash = "is the name of the generated class " + name + ", so the field's enum cannot have it";
            }
            else
            {
                taken.Add(name, field.Name);
            }

            if (clash is not null)
            {
                source.Report(field.NameSite, Diagnostics.NameClash, field.Name, name, clash);
            }
        }
    }
}
