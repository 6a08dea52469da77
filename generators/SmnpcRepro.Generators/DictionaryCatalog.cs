using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using SmnpcRepro.Generators.Models;

namespace SmnpcRepro.Generators;

/// <summary>
/// The rules between the dictionaries of one build. Each dictionary generates its own classes
/// (<c>&lt;Name&gt;Record</c>, <c>Fields</c>, <c>Labels</c>, <c>Csv</c>) and one enum per categorical field,
/// all in the project's root namespace. A categorical field that several dictionaries define with the
/// same choices shares one enum, emitted by the dictionary first in ordinal order of its type name (its
/// <c>Label()</c> extension lives in that dictionary's <c>Labels</c> class). Any other name given twice is
/// an error in every dictionary involved (SMNPC016, SMNPC017), and those dictionaries generate nothing.
/// </summary>
internal static class DictionaryCatalog
{
    /// <summary>The valid dictionaries of the build, in a fixed order.</summary>
    public static EquatableArray<DictionarySummary> Build(ImmutableArray<DictionarySummary?> summaries) =>
        new(summaries
            .Where(s => s is not null)
            .Select(s => s!)
            .OrderBy(s => s.BaseName, StringComparer.Ordinal)
            .ThenBy(s => s.FilePath, StringComparer.Ordinal));

    public static GenerationPlan Plan(ParseResult result, EquatableArray<DictionarySummary> catalog, string ns)
    {
        var diagnostics = new List<DiagnosticInfo>(result.Diagnostics);
        var model = result.Model;
        var mine = result.Summary();
        var foreign = new List<string>();
        if (model is null || mine is null)
        {
            return new GenerationPlan(null, ns, default, new EquatableArray<DiagnosticInfo>(diagnostics));
        }

        var before = diagnostics.Count;
        foreach (var other in catalog)
        {
            if (other.FilePath == mine.FilePath)
            {
                continue;
            }

            if (string.Equals(other.BaseName, mine.BaseName, StringComparison.OrdinalIgnoreCase))
            {
                diagnostics.Add(Info(model, Diagnostics.DuplicateDictionaryName, DiagnosticSite.FileStart,
                    mine.FileName, other.FileName == mine.FileName ? other.FilePath : other.FileName, mine.BaseName));
                continue;
            }

            foreach (var type in mine.Types)
            {
                foreach (var theirs in other.Types.Where(t => t.Name == type.Name))
                {
                    if (type.IsEnum && theirs.IsEnum && type.Signature == theirs.Signature)
                    {
                        if (Order(other, mine) < 0)
                        {
                            foreign.Add(type.Name);
                        }

                        continue;
                    }

                    var site = type.IsEnum ? model.Fields.First(f => f.Name == type.FieldName).NameSite : DiagnosticSite.FileStart;
                    diagnostics.Add(Info(model, Diagnostics.TypeClash, site,
                        mine.FileName, Describe(type, mine: true), other.FileName, theirs.Name, Describe(theirs, mine: false), Advice(type, theirs)));
                }
            }
        }

        return new GenerationPlan(
            diagnostics.Count == before ? model : null,
            ns,
            new EquatableArray<string>(foreign.Distinct()),
            new EquatableArray<DiagnosticInfo>(diagnostics));
    }

    private static int Order(DictionarySummary a, DictionarySummary b)
    {
        var byName = string.CompareOrdinal(a.BaseName, b.BaseName);
        return byName != 0 ? byName : string.CompareOrdinal(a.FilePath, b.FilePath);
    }

    private static string Describe(TypeEntry type, bool mine) => type.IsEnum
        ? (mine ? "field '" + type.FieldName + "' gives enum '" + type.Name + "' with choices '" + type.Signature + "'"
                : "for its field '" + type.FieldName + "' with choices '" + type.Signature + "'")
        : (mine ? "generates class '" + type.Name + "'" : "as a class");

    private static string Advice(TypeEntry mine, TypeEntry theirs) => mine.IsEnum && theirs.IsEnum
        ? "a categorical field in several dictionaries shares one enum only with the same choices in each: make the choices equal, or rename one of the fields"
        : "a field's enum cannot take the name of another dictionary's class: rename the field or the dictionary file";

    private static DiagnosticInfo Info(DictionaryModel model, Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, DiagnosticSite site, params string[] args) =>
        new(descriptor.Id, model.FilePath, site, new EquatableArray<string>(args));
}
