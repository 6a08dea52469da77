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

    /// <summary>Whether <paramref name="name"/> is a REDCap-style variable name (letters, digits, underscores, starting with a letter) that converts cleanly.</summary>
    public static bool IsValidFieldName(string name)
    {
        if (name.Length == 0 || !IsAsciiLetter(name[0]))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!IsAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '_')
            {
                return false;
            }
        }

        return IsIdentifier(ToPascalCase(name));
    }

    /// <summary>Whether <paramref name="name"/> is a C# identifier and not a keyword.</summary>
    public static bool IsIdentifier(string name) =>
        SyntaxFacts.IsValidIdentifier(name) && SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None;

    /// <summary>An enum member name from a choice label; a leading digit gets an underscore, a label without letters or digits gives <c>Code3</c>.</summary>
    public static string ToMemberName(string label, int code)
    {
        var pascal = ToPascalCase(label);
        if (pascal.Length > 0 && char.IsDigit(pascal[0]))
        {
            pascal = "_" + pascal;
        }

        if (pascal.Length > 0 && IsIdentifier(pascal))
        {
            return pascal;
        }

        return code < 0
            ? "CodeMinus" + (-(long)code).ToString(CultureInfo.InvariantCulture)
            : "Code" + code.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>A C# string literal for <paramref name="text"/>.</summary>
    public static string Literal(string text) =>
        SymbolDisplay.FormatLiteral(text, quote: true);

    /// <summary>Text safe inside an XML doc comment line: markup escaped, line breaks folded to spaces.</summary>
    public static string Xml(string text) =>
        text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;")
            .Replace("\r\n", " ").Replace('\r', ' ').Replace('\n', ' ');

    private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
