using System.CommandLine;
using SmnpcRepro.Analysis.Audit;
using SmnpcRepro.Analysis.Published;
using SmnpcRepro.Cli.Output;
using SmnpcRepro.Pipeline;
using SmnpcRepro.Manuscript;
using SmnpcRepro.Manuscript.Formatting;
using SmnpcRepro.Manuscript.Rendering;

namespace SmnpcRepro.Cli.Commands;

/// <summary>
/// <c>smnpc audit</c>: the paper's own numbers checked against each other (reads only
/// <c>published.yaml</c>), written to <c>manuscript/audit.md</c>. Exit code 0 when the paper has no
/// certain error, 1 when it has one (so CI can act on it), 2 for bad input.
/// </summary>
public static class AuditCommand
{
    /// <summary>Exit code when the audit finds at least one certain error in the paper.</summary>
    public const int CertainErrorsFound = 1;

    /// <summary>Exit code for input that cannot be audited (a missing or invalid file, a missing template).</summary>
    public const int BadInput = 2;

    /// <summary>Creates the verb.</summary>
    public static Command Create(CliConsole console)
    {
        var published = new Option<string>("--published") { Description = "The published numbers (YAML); nothing else is read.", DefaultValueFactory = _ => Path.Combine("data", "published.yaml") };
        var output = new Option<string>("--out") { Description = "Where to write the report (Markdown).", DefaultValueFactory = _ => Path.Combine("manuscript", AuditReport.Document) };
        var templates = new Option<string>("--templates") { Description = "Templates folder with audit.md.scriban.", DefaultValueFactory = _ => Path.Combine("manuscript", "templates") };
        var command = new Command("audit", "Check the paper's printed numbers against each other (CIs, p-values, counts, GRIM, claims); exit 1 if any is certainly wrong.")
        {
            published,
            output,
            templates,
        };
        command.SetAction(parse => Run(console, parse.GetValue(published)!, parse.GetValue(output)!, parse.GetValue(templates)!));
        return command;
    }

    /// <summary>Runs the verb; returns the exit code (0 no certain error, 1 certain errors, 2 bad input).</summary>
    public static int Run(CliConsole console, string publishedPath, string outputPath, string templatesFolder)
    {
        ArgumentNullException.ThrowIfNull(console);
        try
        {
            if (!File.Exists(publishedPath))
            {
                console.Error.WriteLine($"{publishedPath}: error: the file does not exist.");
                return BadInput;
            }

            var result = PublishedPaperAudit.Run(PublishedPaper.Load(publishedPath));
            var report = AuditReport.Render(result, DataFileProvenance.Of(publishedPath, Path.GetFileName(publishedPath)), new TemplateRenderer(templatesFolder));
            AtomicWriter.WriteAll([(outputPath, report)]);
            console.Out.WriteLine($"Audited {publishedPath}; report in {outputPath}.");
            foreach (var (@class, name) in new[]
            {
                (FindingClass.CertainError, "certain errors"),
                (FindingClass.LikelyError, "likely errors"),
                (FindingClass.Ambiguity, "ambiguities"),
                (FindingClass.Consistent, "consistent checks"),
            })
            {
                console.Out.WriteLine($"{name}: {Format.Count(result.Count(@class))}");
            }

            return result.HasCertainErrors ? CertainErrorsFound : 0;
        }
        catch (Exception e) when (e is InvalidDataException or KeyNotFoundException or TemplateException or IOException or UnauthorizedAccessException)
        {
            // PublishedPaper's messages already start with the file (and, for YAML errors, line and column).
            var message = e.Message.StartsWith(publishedPath, StringComparison.Ordinal) || e is TemplateException ? e.Message : $"{publishedPath}: error: {e.Message}";
            console.Error.WriteLine(message);
            console.Error.WriteLine("The report was not changed.");
            return BadInput;
        }
    }
}
