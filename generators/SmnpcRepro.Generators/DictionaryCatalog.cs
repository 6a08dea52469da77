using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using SmnpcRepro.Generators.Models;

namespace SmnpcRepro.Generators;

/// <summary>
/// The rules between the dictionaries of one build. Each dictionary generates its own classes
/// (<c>&lt;Name&gt;Record</c>, <c>Fields</c>, <c>Labels</c>, <c>Csv</c>) and one enum per categorical or
/// checkbox field, in its namespace (the project's root namespace unless its <c>SmnpcNamespace</c>
/// metadata says otherwise). Dictionaries never break each other: a field that several dictionaries of
/// one namespace define with the same choices shares one enum, emitted by the dictionary first in ordinal
/// order of its type name; a dictionary that codes the field differently from that first one gets its own
/// enum named with its prefix (<c>sex</c> in <c>demo</c> → <c>DemoSex</c>), and so does a field whose enum
/// would take another dictionary's class name or a BCL/runtime type name (<see cref="ReservedTypeNames"/>).
/// Only two files giving the same prefix in one namespace (SMNPC016), or a prefixed name that is itself
/// taken (SMNPC017), stop a dictionary.
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

    public static GenerationPlan Plan(ParseResult result, EquatableArray<DictionarySummary> catalog, string rootNamespace)
    {
        var diagnostics = new List<DiagnosticInfo>(result.Diagnostics);
        var model = result.Model;
        var mine = result.Summary();
        var ns = model is null || model.Namespace.Length == 0 ? rootNamespace : model.Namespace;
        if (model is null || mine is null)
        {
            return new GenerationPlan(null, ns, default, new EquatableArray<DiagnosticInfo>(diagnostics));
        }

        var before = diagnostics.Count;
        var neighbours = catalog.Where(o => o.FilePath != mine.FilePath && NamespaceOf(o, rootNamespace) == ns).ToList();
        foreach (var other in neighbours.Where(o => string.Equals(o.BaseName, mine.BaseName, StringComparison.OrdinalIgnoreCase)))
        {
            diagnostics.Add(Info(model, Diagnostics.DuplicateDictionaryName, DiagnosticSite.FileStart,
                mine.FileName, other.FileName == mine.FileName ? other.FilePath : other.FileName, mine.BaseName));
        }

        var classes = new HashSet<string>(neighbours.SelectMany(o => o.Types).Where(t => !t.IsEnum).Select(t => t.Name), StringComparer.Ordinal);
        var taken = new HashSet<string>(model.ClassNames.Concat(model.Fields.Where(f => f.HasEnum).Select(f => f.PropertyName)), StringComparer.Ordinal);
        var enums = new List<EnumPlan>();
        foreach (var type in mine.Types.Where(t => t.IsEnum))
        {
            var plan = EnumFor(type, mine, neighbours, classes);
            if (plan.TypeName != type.Name && (taken.Contains(plan.TypeName) || classes.Contains(plan.TypeName)))
            {
                var site = model.Fields.First(f => f.Name == type.FieldName).NameSite;
                diagnostics.Add(Info(model, Diagnostics.TypeClash, site, mine.FileName, type.FieldName, type.Name, plan.TypeName));
            }

            enums.Add(plan);
        }

        return new GenerationPlan(
            diagnostics.Count == before ? model : null,
            ns,
            new EquatableArray<EnumPlan>(enums),
            new EquatableArray<DiagnosticInfo>(diagnostics));
    }

    private static EnumPlan EnumFor(TypeEntry type, DictionarySummary mine, List<DictionarySummary> neighbours, HashSet<string> classes)
    {
        var own = new EnumPlan(type.FieldName, mine.BaseName + type.Name, Emit: true);
        if (ReservedTypeNames.Contains(type.Name) || classes.Contains(type.Name))
        {
            return own;
        }

        // Everyone defining an enum of this name; the first of them (by prefix, then path) owns the plain name.
        var definers = neighbours
            .Select(o => (Summary: o, Type: o.Types.FirstOrDefault(t => t.IsEnum && t.Name == type.Name)))
            .Where(x => x.Type is not null)
            .Select(x => (x.Summary, Type: x.Type!))
            .Append((Summary: mine, Type: type))
            .OrderBy(x => x.Summary, Comparer<DictionarySummary>.Create(Order))
            .ToList();
        var owner = definers[0];
        if (owner.Type.Signature != type.Signature)
        {
            return own;
        }

        var firstSame = definers.First(x => x.Type.Signature == type.Signature);
        return new EnumPlan(type.FieldName, type.Name, Emit: firstSame.Summary.FilePath == mine.FilePath);
    }

    private static string NamespaceOf(DictionarySummary s, string root) => s.Namespace.Length == 0 ? root : s.Namespace;

    private static int Order(DictionarySummary a, DictionarySummary b)
    {
        var byName = string.CompareOrdinal(a.BaseName, b.BaseName);
        return byName != 0 ? byName : string.CompareOrdinal(a.FilePath, b.FilePath);
    }

    private static DiagnosticInfo Info(DictionaryModel model, Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, DiagnosticSite site, params string[] args) =>
        new(descriptor.Id, model.FilePath, site, new EquatableArray<string>(args));
}
