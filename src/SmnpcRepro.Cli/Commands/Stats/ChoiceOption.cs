using System.CommandLine;

namespace SmnpcRepro.Cli.Commands.Stats;

/// <summary>
/// Typed options whose values are spelled as R spells them (<c>--conf-type log-log</c> →
/// <see cref="SmnpcRepro.Survival.KaplanMeier.ConfidenceIntervalType.LogLog"/>): the parser maps the word to
/// the value, so no handler switches on strings, and an unknown word is a parse error listing the choices.
/// </summary>
internal static class ChoiceOption
{
    /// <summary>An option of type <typeparamref name="T"/> with the given spellings and default.</summary>
    public static Option<T> Create<T>(string name, string description, T defaultValue, params (string Spelling, T Value)[] choices)
    {
        var option = new Option<T>(name)
        {
            Description = description,
            DefaultValueFactory = _ => defaultValue,
            CustomParser = result =>
            {
                if (result.Tokens.Count == 0)
                {
                    return defaultValue;
                }

                var token = result.Tokens[^1].Value;
                foreach (var (spelling, value) in choices)
                {
                    if (string.Equals(spelling, token, StringComparison.Ordinal))
                    {
                        return value;
                    }
                }

                result.AddError($"{name} '{token}': use {string.Join(", ", choices.Select(c => c.Spelling))}.");
                return defaultValue;
            },
        };
        option.AcceptOnlyFromAmong(choices.Select(c => c.Spelling).ToArray());
        return option;
    }

    /// <summary>The spelling of <paramref name="value"/> among <paramref name="choices"/>.</summary>
    public static string Spelling<T>(T value, params (string Spelling, T Value)[] choices) =>
        choices.First(c => EqualityComparer<T>.Default.Equals(c.Value, value)).Spelling;
}
