using System.Diagnostics;
using System.Reflection;

namespace SmnpcRepro.Manuscript;

/// <summary>
/// What built the manuscript, for its colophon: the git commit (and whether the tree had uncommitted
/// changes), the .NET runtime, and the versions of the libraries that compute and render.
/// </summary>
/// <param name="Commit">The commit SHA, or a sentence saying why it is unknown.</param>
/// <param name="Runtime">The .NET runtime description.</param>
/// <param name="Packages">Library name and version, in a fixed order.</param>
public sealed record BuildEnvironment(string Commit, bool Dirty, string Runtime, IReadOnlyList<(string Name, string Version)> Packages)
{
    /// <summary>Reads the environment of the current process in <paramref name="repository"/>.</summary>
    public static BuildEnvironment Current(string repository)
    {
        var commit = Git(repository, "rev-parse HEAD")?.Trim();
        // Generated files do not make the source dirty: a rebuild must print the same colophon.
        var status = Git(repository, "status --porcelain --untracked-files=no -- . :(exclude)manuscript");
        return new BuildEnvironment(
            commit is { Length: 40 } ? commit : "unknown (not a git checkout)",
            !string.IsNullOrWhiteSpace(status),
            System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription,
            [
                ("MathNet.Numerics", VersionOf(typeof(MathNet.Numerics.Distributions.Normal))),
                ("Scriban", VersionOf(typeof(Scriban.Template))),
                ("ScottPlot", VersionOf(typeof(ScottPlot.Plot))),
                ("Markdig", VersionOf(typeof(Markdig.Markdown))),
            ]);
    }

    private static string VersionOf(Type type)
    {
        var info = type.Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? type.Assembly.GetName().Version?.ToString()
            ?? "unknown";
        var plus = info.IndexOf('+', StringComparison.Ordinal);
        return plus > 0 ? info[..plus] : info;
    }

    private static string? Git(string repository, string arguments)
    {
        try
        {
            var start = new ProcessStartInfo("git", arguments)
            {
                WorkingDirectory = repository,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            using var process = Process.Start(start);
            if (process is null)
            {
                return null;
            }

            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
