using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SmnpcRepro.Generators.Models;

namespace SmnpcRepro.Generators;

/// <summary>
/// Turns every <c>*.dictionary.csv</c> AdditionalFile (a REDCap data dictionary) into typed records,
/// enums, field descriptions and a CSV reader/writer. Wiring only: parsing is
/// <see cref="DictionaryParser"/>, the rules between dictionaries are <see cref="DictionaryCatalog"/>,
/// emitting is <see cref="SourceEmitter"/>.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class DataDictionaryGenerator : IIncrementalGenerator
{
    /// <summary>Tracking names of the pipeline steps, for incrementality tests.</summary>
    public static class Steps
    {
        public const string WithFileOptions = nameof(WithFileOptions);
        public const string FileOptions = nameof(FileOptions);
        public const string Dictionaries = nameof(Dictionaries);
        public const string Parsed = nameof(Parsed);
        public const string Summaries = nameof(Summaries);
        public const string Catalog = nameof(Catalog);
        public const string Namespace = nameof(Namespace);
        public const string WithCatalog = nameof(WithCatalog);
        public const string WithNamespace = nameof(WithNamespace);
        public const string Plans = nameof(Plans);
    }

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var parsed = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .WithTrackingName(Steps.WithFileOptions)
            .Select(static (pair, _) =>
            {
                var options = pair.Right.GetOptions(pair.Left);
                return (File: pair.Left, Options: DictionaryOptions.From(key => options.TryGetValue(key, out var value) ? value : null));
            })
            .WithTrackingName(Steps.FileOptions)
            .Where(static input => input.Options.IsDictionary(input.File.Path))
            .WithTrackingName(Steps.Dictionaries)
            .Select(static (input, ct) => DictionaryParser.Parse(input.File.Path, input.File.GetText(ct) ?? SourceText.From(string.Empty), input.Options, ct))
            .WithTrackingName(Steps.Parsed);

        var catalog = parsed
            .Select(static (result, _) => result.Summary())
            .WithTrackingName(Steps.Summaries)
            .Collect()
            .Select(static (all, _) => DictionaryCatalog.Build(all))
            .WithTrackingName(Steps.Catalog);

        var ns = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) =>
                options.GlobalOptions.TryGetValue("build_property.RootNamespace", out var value) && value.Length > 0
                    ? value
                    : "SmnpcRepro.Cohort")
            .WithTrackingName(Steps.Namespace);

        var plans = parsed
            .Combine(catalog)
            .WithTrackingName(Steps.WithCatalog)
            .Combine(ns)
            .WithTrackingName(Steps.WithNamespace)
            .Select(static (pair, _) => DictionaryCatalog.Plan(pair.Left.Left, pair.Left.Right, pair.Right))
            .WithTrackingName(Steps.Plans);

        context.RegisterSourceOutput(plans, static (spc, plan) =>
        {
            foreach (var diagnostic in plan.Diagnostics)
            {
                spc.ReportDiagnostic(diagnostic.ToDiagnostic());
            }

            if (plan.Model is { } model)
            {
                spc.AddSource(model.BaseName + ".g.cs", SourceText.From(SourceEmitter.Emit(plan), System.Text.Encoding.UTF8));
            }
        });
    }
}
