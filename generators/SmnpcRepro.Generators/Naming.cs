using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace SmnpcRepro.Generators;

/// <summary>Turns REDCap names and labels into C# identifiers.</summary>
internal static class Naming
{
    /// <summary><c>kps_preop</c> → <c>KpsPreop</c>; <c>Debulking/subtotal</c> → <c>DebulkingSubtotal</c>.</summary>
    public static string ToPascalCase(string text)
    {
        var sb = new StringBuilder(text.Length);
        var upperNext = true;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(upperNext ? char.ToUpperInvariant(c) : c);
                upperNext = false;
            }
            else
            {
                upperNext = true;
            }
        }

        return sb.ToString();
    }

    /// <summary>Whether <paramref name="name"/> is a REDCap-style variable name that converts cleanly.</summary>
    public static bool IsValidFieldName(string name)
    {
        if (name.Length == 0 || !(name[0] >= 'a' && name[0] <= 'z') && !(name[0] >= 'A' && name[0] <= 'Z'))
        {
            return false;
        }

        foreach (var c in name)
        {
            var ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
            if (!ok)
            {
                return false;
            }
        }

        var pascal = ToPascalCase(name);
        return SyntaxFacts.IsValidIdentifier(pascal) && SyntaxFacts.GetKeywordKind(pascal) == Microsoft.CodeAnalysis.CSharp.SyntaxKind.None;
    }

    /// <summary>An enum member name from a choice label; a leading digit gets an underscore.</summary>
    public static string ToMemberName(string label, int code)
    {
        var pascal = ToPascalCase(label);
        if (pascal.Length == 0)
        {
            return "Code" + code.ToString(CultureInfo.InvariantCulture);
        }

        return char.IsDigit(pascal[0]) ? "_" + pascal : pascal;
    }

    /// <summary>A C# string literal for <paramref name="text"/>.</summary>
    public static string Literal(string text) =>
        SymbolDisplay.FormatLiteral(text, quote: true);
}
