using System;
using System.Collections.Generic;
using System.Globalization;
using SmnpcRepro.Generators.Models;

namespace SmnpcRepro.Generators;

/// <summary>
/// Parses REDCap choices, <c>1, Male | 2, Female</c>, into codes, labels and enum member names, and
/// reports the first problem at the choices cell.
/// </summary>
internal static class ChoiceParser
{
    private const string Form = "; write choices as '1, Male | 2, Female'";

    public static void Parse(DictionarySource source, DictionaryCell cell, string fieldName, List<ChoiceModel> choices)
    {
        var text = cell.Text;
        var problem = Parse(text, choices, out var nonInteger);
        if (nonInteger is { } bad)
        {
            source.Report(cell, Diagnostics.NonIntegerCode, fieldName, bad.Code, bad.Label);
        }
        else if (problem is not null)
        {
            source.Report(cell, Diagnostics.BadChoices, fieldName, text.Trim(), problem);
        }
    }

    /// <summary>Returns the problem, or null when the choices parse; a code that is not a whole number comes back in <paramref name="nonInteger"/>.</summary>
    internal static string? Parse(string text, List<ChoiceModel> choices, out (string Code, string Label)? nonInteger)
    {
        nonInteger = null;
        if (text.Trim().Length == 0)
        {
            return "a radio or dropdown field needs at least one choice" + Form;
        }

        var codes = new HashSet<int>();
        var members = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in text.Split('|'))
        {
            if (part.Trim().Length == 0)
            {
                return "there is an empty choice (two '|' in a row, or a '|' at an end)" + Form;
            }

            var comma = part.IndexOf(',');
            if (comma < 0)
            {
                return "choice '" + part.Trim() + "' has no comma between code and label" + Form;
            }

            var codeText = part.Substring(0, comma).Trim();
            var label = part.Substring(comma + 1).Trim();
            if (codeText.Length == 0)
            {
                return "choice '" + part.Trim() + "' has no code before its comma" + Form;
            }

            if (!int.TryParse(codeText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var code))
            {
                nonInteger = (codeText, label.Length > 0 ? label : "Label");
                return "code '" + codeText + "' is not a whole number";
            }

            if (label.Length == 0)
            {
                return "code " + codeText + " has an empty label; give every choice a label";
            }

            if (!codes.Add(code))
            {
                return "code " + codeText + " appears twice; give every choice its own code";
            }

            var member = Naming.ToMemberName(label, code);
            if (members.TryGetValue(member, out var other))
            {
                return "labels '" + other + "' and '" + label + "' both become the C# name '" + member + "'; change one label";
            }

            members.Add(member, label);
            choices.Add(new ChoiceModel(code, label, member));
        }

        return null;
    }
}
