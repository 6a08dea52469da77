using System.Globalization;
using System.Text.Json;
using SmnpcRepro.Cli.Validation;
using Command = System.CommandLine.Command;

namespace SmnpcRepro.Cli.Commands;

/// <summary>
/// <c>smnpc data validate --dictionary FILE --data FILE [--strict] [--json]</c>: what the generated reader
/// would say of a REDCap export, without compiling — rows, records, events and repeat instances, REDCap's
/// soft-check warnings per field, and every error as <c>file(line,column): error: …</c>. Exit code 0 when
/// the export reads (warnings allowed), 2 on errors (in the dictionary or the export) or bad input.
/// </summary>
public static class DataCommand
{
    /// <summary>Exit code for an export (or dictionary) with errors, or files that cannot be read.</summary>
    public const int BadInput = 2;

    /// <summary>Creates the <c>data</c> group with its <c>validate</c> verb.</summary>
    public static Command Create(CliConsole console)
    {
        var dictionary = new System.CommandLine.Option<string>("--dictionary") { Description = "The REDCap data dictionary (Data Dictionary download or API metadata CSV).", Required = true };
        var data = new System.CommandLine.Option<string>("--data") { Description = "The REDCap records export (raw or label, CSV).", Required = true };
        var strict = new System.CommandLine.Option<bool>("--strict") { Description = "Read as a strict study does (validation.strict: true in data/study.yaml): required, min/max and the columns of required fields are errors; one row per record." };
        var json = new System.CommandLine.Option<bool>("--json") { Description = "Print the report as JSON (camelCase) instead of text." };
        var validate = new Command("validate", "Check a REDCap export against its data dictionary as the generated reader would, without compiling; exit 0 if it reads, 2 on errors.")
        {
            dictionary,
            data,
            strict,
            json,
        };
        validate.SetAction(parse => Validate(console, parse.GetValue(dictionary)!, parse.GetValue(data)!, parse.GetValue(strict), parse.GetValue(json)));
        var group = new Command("data", "Work with REDCap data dictionaries and exports.");
        group.Subcommands.Add(validate);
        return group;
    }

    /// <summary>Runs the verb; returns the exit code.</summary>
    public static int Validate(CliConsole console, string dictionaryPath, string dataPath, bool strict, bool json)
    {
        ArgumentNullException.ThrowIfNull(console);
        foreach (var path in new[] { dictionaryPath, dataPath })
        {
            if (!File.Exists(path))
            {
                console.Error.WriteLine($"{path}: error: the file does not exist.");
                return BadInput;
            }
        }

        ValidationReport report;
        try
        {
            report = ExportValidator.Validate(dictionaryPath, dataPath, strict);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"{dataPath}: error: {e.Message}");
            return BadInput;
        }

        if (json)
        {
            console.Out.WriteLine(JsonSerializer.Serialize(report, ValidationJson.Default.ValidationReport));
        }
        else
        {
            WriteText(console, report);
        }

        return report.Reads ? 0 : BadInput;
    }

    private static void WriteText(CliConsole console, ValidationReport report)
    {
        foreach (var diagnostic in report.DictionaryDiagnostics)
        {
            (diagnostic.Contains(": error ", StringComparison.Ordinal) ? console.Error : console.Out).WriteLine(diagnostic);
        }

        foreach (var error in report.Errors)
        {
            console.Error.WriteLine(error.ToString());
        }

        if (!report.Reads)
        {
            var count = report.Errors.Count + report.DictionaryDiagnostics.Count(d => d.Contains(": error ", StringComparison.Ordinal));
            console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{report.Data}: does not read ({count} errors)."));
            return;
        }

        console.Out.WriteLine(
            $"{report.Data}: reads: {Count(report.Rows, "row")}, {Count(report.Records, "record")}, {Count(report.Events, "event")}, {Count(report.RepeatInstances, "repeat instance")} ({Count(report.Fields, "field")} of {report.Dictionary}{(report.Strict ? ", strict" : string.Empty)}).");
        foreach (var w in report.Warnings)
        {
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{report.Data}({w.FirstLine}): warning: column '{w.Field}': {w.Rule} ({Count(w.Count, "value")})"));
        }
    }

    private static string Count(int n, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{n} {noun}{(n == 1 ? string.Empty : "s")}");
}
