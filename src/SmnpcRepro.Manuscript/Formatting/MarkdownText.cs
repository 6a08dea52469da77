using System.Text;

namespace SmnpcRepro.Manuscript.Formatting;

/// <summary>Text placed into Markdown prose or table cells: characters Markdown would read as markup are escaped.</summary>
public static class MarkdownText
{
    /// <summary>
    /// Escapes <c>\ * _ ` |</c> and a <c>&lt;</c> that could open an HTML tag, so a print such as
    /// <c>0.0094*</c> or a label such as <c>&lt;80</c> shows as printed.
    /// </summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\\' or '*' or '_' or '`' or '|')
            {
                builder.Append('\\');
            }

            if (c == '<' && i + 1 < text.Length && (char.IsAsciiLetter(text[i + 1]) || text[i + 1] is '/' or '!' or '?'))
            {
                builder.Append("&lt;");
                continue;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>Text as an inline code span (<c>`2.231(1.889, 5.600)`</c>), fenced with enough backticks.</summary>
    public static string Code(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var fence = text.Contains('`', StringComparison.Ordinal) ? "``" : "`";
        var pad = text.StartsWith('`') || text.EndsWith('`') ? " " : string.Empty;
        return $"{fence}{pad}{text}{pad}{fence}";
    }
}
