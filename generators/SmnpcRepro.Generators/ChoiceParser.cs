using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SmnpcRepro.Generators.Models;

namespace SmnpcRepro.Generators;

/// <summary>
/// Parses REDCap choices, <c>1, Male | 2, Female</c>, into codes, labels and enum member names, and
/// reports the first problem at the choices cell. Codes are kept exactly as REDCap exports them; when
/// every code is a whole number it is also the enum value, otherwise (<c>a</c>, <c>9..9</c>,
/// <c>snomedct_248152002</c>) the enum values are the choices' positions 1, 2, … Two labels giving one
/// member name are told apart by their codes (<c>Other</c>, <c>Other_99</c>).
/// </summary>
internal static class ChoiceParser
{
    private const string Form = "; write choices as '1, Male | 2, Female'";

    /// <summary>A checkbox is a flags enum over a 64-bit value.</summary>
    private const int MaxCheckboxChoices = 63;

    public static void Parse(DictionarySource source, DictionaryCell cell, string fieldName, List<ChoiceModel> choices, bool checkbox = false)
    {
        var text = cell.Text;
        var problem = Parse(text, choices);
        if (problem is null && checkbox && choices.Count > MaxCheckboxChoices)
        {
            problem = "a checkbox field can have at most " + MaxCheckboxChoices.ToString(CultureInfo.InvariantCulture) + " choices";
        }

        if (problem is not null)
        {
            source.Report(cell, Diagnostics.BadChoices, fieldName, text.Trim(), problem);
        }
    }

    /// <summary>Returns the problem, or null when the choices parse.</summary>
    internal static string? Parse(string text, List<ChoiceModel> choices)
    {
        if (text.Trim().Length == 0)
        {
            return "a radio, dropdown or checkbox field needs at least one choice" + Form;
        }

        var parts = new List<(string Code, string Label)>();
        var codes = new HashSet<string>(StringComparer.Ordinal);
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

            if (label.Length == 0)
            {
                return "code " + codeText + " has an empty label; give every choice a label";
            }

            if (!codes.Add(codeText))
            {
                return "code " + codeText + " appears twice; give every choice its own code";
            }

            parts.Add((codeText, label));
        }

        var whole = parts.All(p => IsWholeNumber(p.Code));
        var members = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < parts.Count; i++)
        {
            var (codeText, label) = parts[i];
            var code = whole ? int.Parse(codeText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture) : i + 1;
            var member = Naming.ToMemberName(label, code);
            if (!members.Add(member))
            {
                var byCode = member + "_" + Naming.ToPascalCase(codeText.Replace('-', 'm'));
                if (!members.Add(byCode))
                {
                    return "labels of codes '" + codeText + "' and another choice both become the C# name '" + member + "'; change one label";
                }

                member = byCode;
            }

            choices.Add(new ChoiceModel(code, label, member, codeText));
        }

        return null;
    }

    /// <summary>A whole number written as <c>int</c> prints it (no leading zeros or '+'), so the export code and the enum value agree.</summary>
    private static bool IsWholeNumber(string code) =>
        int.TryParse(code, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
        && value.ToString(CultureInfo.InvariantCulture) == code;
}
