using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SmnpcRepro.Generators.Models;

namespace SmnpcRepro.Generators;

/// <summary>
/// Turns every <c>*.dictionary.csv</c> AdditionalFile (a REDCap data dictionary) into typed records,
/// enums, field descriptions and a CSV reader/writer. Wiring only: parsing is
/// <see cref="DictionaryParser"/>, emitting is <see cref="SourceEmitter"/>.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class DataDictionaryGenerator : IIncrementalGenerator
{
    /// <summary>Tracking names of the pipeline steps, for incrementality tests.</summary>
    public static class Steps
    {
        public const string Dictionaries = nameof(Dictionaries);
        public const string Parsed = nameof(Parsed);
        public const string Namespace = nameof(Namespace);
        public const string WithNamespace = nameof(WithNamespace);
    }

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var parsed = context.AdditionalTextsProvider
            .Where(static file => file.Path.EndsWith(DictionaryParser.FileSuffix, StringComparison.OrdinalIgnoreCase))
            .WithTrackingName(Steps.Dictionaries)
            .Select(static (file, ct) => DictionaryParser.Parse(file.Path, file.GetText(ct) ?? SourceText.From(string.Empty), ct))
            .WithTrackingName(Steps.Parsed);

        var ns = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) =>
                options.GlobalOptions.TryGetValue("build_property.RootNamespace", out var value) && value.Length > 0
                    ? value
                    : "SmnpcRepro.Cohort")
            .WithTrackingName(Steps.Namespace);

        var withNamespace = parsed.Combine(ns).WithTrackingName(Steps.WithNamespace);

        context.RegisterSourceOutput(withNamespace, static (spc, pair) =>
        {
            var (result, rootNamespace) = pair;
            foreach (var diagnostic in result.Diagnostics)
            {
                spc.ReportDiagnostic(diagnostic.ToDiagnostic());
            }

            if (result.Model is { } model)
            {
                spc.AddSource(model.BaseName + ".g.cs", SourceText.From(SourceEmitter.Emit(model, rootNamespace), System.Text.Encoding.UTF8));
            }
        });
    }
}
