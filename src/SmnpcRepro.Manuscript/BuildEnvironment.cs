using System.Reflection;

namespace SmnpcRepro.Manuscript;

/// <summary>
/// What built the manuscript, for its colophon: a fingerprint of the source it was built from (data, plan,
/// templates and code — generated files left out, so a clean checkout rebuilds the same bytes), where the
/// data come from, the .NET runtime, and the versions of the libraries that compute and render.
/// </summary>
/// <param name="Source">The source fingerprint (<see cref="SourceFingerprint"/>), or a sentence saying why there is none.</param>
/// <param name="Runtime">The .NET runtime description.</param>
/// <param name="Packages">Library name and version, in a fixed order.</param>
public sealed record BuildEnvironment(string Source, string Runtime, IReadOnlyList<(string Name, string Version)> Packages)
{
    /// <summary>Where the cohort data come from; decides the synthetic-data banners and caption words.</summary>
    public DataOrigin Origin { get; init; } = DataOrigin.Synthetic;

    /// <summary>The environment of the current process building the sources under <paramref name="repository"/> with the templates of <paramref name="templatesFolder"/>.</summary>
    public static BuildEnvironment Current(string repository, string templatesFolder, DataOrigin origin) =>
        new(
            SourceFingerprint.Of(repository, templatesFolder),
            System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription,
            [
                ("MathNet.Numerics", VersionOf(typeof(MathNet.Numerics.Distributions.Normal))),
                ("Scriban", VersionOf(typeof(Scriban.Template))),
                ("SkiaSharp", VersionOf(typeof(SkiaSharp.SKCanvas))),
                ("DocumentFormat.OpenXml", VersionOf(typeof(DocumentFormat.OpenXml.Packaging.WordprocessingDocument))),
                ("Markdig", VersionOf(typeof(Markdig.Markdown))),
            ])
        {
            Origin = origin,
        };

    private static string VersionOf(Type type)
    {
        var info = type.Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? type.Assembly.GetName().Version?.ToString()
            ?? "unknown";
        var plus = info.IndexOf('+', StringComparison.Ordinal);
        return plus > 0 ? info[..plus] : info;
    }
}
