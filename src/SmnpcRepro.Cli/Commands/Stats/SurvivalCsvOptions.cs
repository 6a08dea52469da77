using System.CommandLine;
using SmnpcRepro.Stats.Input;

namespace SmnpcRepro.Cli.Commands.Stats;

/// <summary>
/// The options every survival verb shares (<c>km</c>, <c>logrank</c>, <c>cox</c>): the file, the time and
/// event columns with the event and censoring codes, the group (not for <c>cox</c>) and strata columns,
/// JSON output and R's time fix. They map to one <see cref="SurvivalCsvRequest"/>, read under one input
/// contract (<see cref="SurvivalCsvInput"/>). Create once per command with <see cref="AddTo"/>.
/// </summary>
public sealed class SurvivalCsvOptions
{
    private SurvivalCsvOptions(bool groupRequired, bool withGroup)
    {
        WithGroup = withGroup;
        Data = new Option<string>("--data") { Description = "CSV file (.csv or .csv.gz, comma-separated, header line, '.' decimal point; empty or NA = missing).", Required = true };
        Time = new Option<string>("--time") { Description = "Column with the follow-up time (a number >= 0).", Required = true };
        Event = new Option<string>("--event") { Description = "Column with the status: --event-code marks an event, --censor-code a censored row; anything else is an error.", Required = true };
        EventCode = new Option<string>("--event-code") { Description = "Value of the event column that means an event (default 1). Compared as a number when both are numbers (1 = 1.0), otherwise as text.", DefaultValueFactory = _ => "1" };
        CensorCode = new Option<string>("--censor-code") { Description = "Value of the event column that means censored (default 0).", DefaultValueFactory = _ => "0" };
        Group = new Option<string?>("--group") { Description = "Column whose levels are compared (one curve or test group per level; levels in R's order: numeric if all numbers, else text).", Required = groupRequired };
        Strata = new Option<string?>("--strata") { Description = "Column to stratify by (R's strata()).", Required = false };
        Json = new Option<bool>("--json") { Description = "Print JSON with R's names (schema: docs/stats-json.md, docs/stats-cox-json.md) instead of a table." };
        NoTimeFix = new Option<bool>("--no-timefix") { Description = "Do not merge times equal to within floating-point noise (R's timefix = FALSE)." };
    }

    /// <summary>Whether the verb has <c>--group</c> (km, logrank; not cox).</summary>
    public bool WithGroup { get; }

    /// <summary><c>--data</c>.</summary>
    public Option<string> Data { get; }

    /// <summary><c>--time</c>.</summary>
    public Option<string> Time { get; }

    /// <summary><c>--event</c>.</summary>
    public Option<string> Event { get; }

    /// <summary><c>--event-code</c>.</summary>
    public Option<string> EventCode { get; }

    /// <summary><c>--censor-code</c>.</summary>
    public Option<string> CensorCode { get; }

    /// <summary><c>--group</c>.</summary>
    public Option<string?> Group { get; }

    /// <summary><c>--strata</c>.</summary>
    public Option<string?> Strata { get; }

    /// <summary><c>--json</c>.</summary>
    public Option<bool> Json { get; }

    /// <summary><c>--no-timefix</c>.</summary>
    public Option<bool> NoTimeFix { get; }

    /// <summary>Adds the shared options to <paramref name="command"/>.</summary>
    public static SurvivalCsvOptions AddTo(Command command, bool groupRequired, bool withGroup = true)
    {
        ArgumentNullException.ThrowIfNull(command);
        var options = new SurvivalCsvOptions(groupRequired, withGroup);
        foreach (var option in new Option[] { options.Data, options.Time, options.Event, options.EventCode, options.CensorCode, options.Group, options.Strata, options.Json, options.NoTimeFix })
        {
            if (withGroup || option != options.Group)
            {
                command.Options.Add(option);
            }
        }

        return options;
    }

    /// <summary>The request these options describe in <paramref name="parse"/>.</summary>
    public SurvivalCsvRequest Request(ParseResult parse, IReadOnlyList<string>? numericCovariates = null, IReadOnlyList<string>? factorCovariates = null)
    {
        ArgumentNullException.ThrowIfNull(parse);
        return new SurvivalCsvRequest(
            parse.GetValue(Data)!,
            parse.GetValue(Time)!,
            parse.GetValue(Event)!,
            parse.GetValue(EventCode) ?? "1",
            parse.GetValue(CensorCode) ?? "0",
            WithGroup ? parse.GetValue(Group) : null,
            parse.GetValue(Strata),
            numericCovariates ?? [],
            factorCovariates ?? []);
    }
}
