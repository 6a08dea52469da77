using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SmnpcRepro.Cohort.Runtime;

namespace SmnpcRepro.Generators.Tests.Infrastructure;

/// <summary>
/// Runs <see cref="DataDictionaryGenerator"/> the way the compiler does, with step tracking on, over
/// in-memory AdditionalFiles; renders its output and diagnostics as reviewable text; compiles the
/// generated code against the real runtime.
/// </summary>
internal static class GeneratorHarness
{
    /// <summary>Tests generate into their own namespace, so the code does not collide with the real SmnpcRepro.Cohort types.</summary>
    public const string TestNamespace = "Demo.Data";

    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    public static GeneratorDriver CreateDriver(
        IEnumerable<AdditionalText> files,
        string rootNamespace = TestNamespace,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? fileMetadata = null) =>
        CSharpGeneratorDriver.Create(
            [new DataDictionaryGenerator().AsSourceGenerator()],
            additionalTexts: files,
            parseOptions: ParseOptions,
            optionsProvider: new TestOptionsProvider(rootNamespace, fileMetadata),
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    public static CSharpCompilation CreateCompilation(params string[] sources) =>
        CSharpCompilation.Create(
            "Generated.Tests",
            sources.Select(s => CSharpSyntaxTree.ParseText(s, ParseOptions)),
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>Runs the generator once over <paramref name="files"/>.</summary>
    public static GeneratorRunResult Run(params (string Path, string Text)[] files) =>
        Run(TestNamespace, files);

    public static GeneratorRunResult Run(string rootNamespace, params (string Path, string Text)[] files)
    {
        var driver = CreateDriver(files.Select(f => new InMemoryAdditionalText(f.Path, f.Text)), rootNamespace);
        driver = driver.RunGenerators(CreateCompilation());
        return driver.GetRunResult().Results.Single();
    }

    /// <summary>Runs the generator once over <paramref name="files"/>, each with its AdditionalFiles metadata (SmnpcName, SmnpcNamespace, SmnpcStrict).</summary>
    public static GeneratorRunResult RunWithMetadata(string rootNamespace, params (string Path, string Text, IReadOnlyDictionary<string, string> Metadata)[] files)
    {
        var metadata = files.ToDictionary(f => f.Path, f => f.Metadata);
        var driver = CreateDriver(files.Select(f => new InMemoryAdditionalText(f.Path, f.Text)), rootNamespace, metadata);
        driver = driver.RunGenerators(CreateCompilation());
        return driver.GetRunResult().Results.Single();
    }

    /// <summary>Every generated file, each headed by its hint name.</summary>
    public static string Sources(GeneratorRunResult result)
    {
        var sb = new StringBuilder();
        foreach (var source in result.GeneratedSources.OrderBy(s => s.HintName, StringComparer.Ordinal))
        {
            sb.Append("//// ").Append(source.HintName).Append('\n');
            sb.Append(source.SourceText.ToString());
        }

        return sb.ToString();
    }

    /// <summary>One line per diagnostic, as a compiler prints it: id, file(line,column)-(line,column), message (1-based positions).</summary>
    public static string Render(IEnumerable<Diagnostic> diagnostics) =>
        string.Join('\n', diagnostics.Select(Render)) + "\n";

    public static string Render(Diagnostic d)
    {
        var span = d.Location.GetLineSpan();
        var file = Path.GetFileName(span.Path);
        return string.Create(CultureInfo.InvariantCulture,
            $"{d.Id} {d.Severity.ToString().ToLowerInvariant()} {file}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1})-({span.EndLinePosition.Line + 1},{span.EndLinePosition.Character + 1}): {d.GetMessage(CultureInfo.InvariantCulture)}");
    }

    /// <summary>Compiles the generated sources (and <paramref name="userCode"/>) against the runtime; returns warnings and errors.</summary>
    public static ImmutableArray<Diagnostic> CompileProblems(GeneratorRunResult result, params string[] userCode)
    {
        var compilation = CreateCompilation(userCode)
            .AddSyntaxTrees(result.GeneratedSources.Select(s => CSharpSyntaxTree.ParseText(s.SourceText, ParseOptions, s.HintName)));
        return compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToImmutableArray();
    }

    private static readonly Lazy<MetadataReference[]> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(p => !string.IsNullOrEmpty(p))
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .Append(MetadataReference.CreateFromFile(typeof(FieldDescription).Assembly.Location))
            .ToArray());
}
