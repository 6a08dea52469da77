using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace SmnpcRepro.Manuscript.Rendering;

/// <summary>
/// Lets a template <c>include</c> another from the same folder (<c>{{ include 'table1.md.scriban' }}</c>).
/// Names are plain file names: no paths, so a template cannot reach outside the folder.
/// </summary>
internal sealed class TemplateFolder(string folder) : ITemplateLoader
{
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        if (templateName.Contains('/', StringComparison.Ordinal) || templateName.Contains('\\', StringComparison.Ordinal))
        {
            throw new ScriptRuntimeException(callerSpan, $"include '{templateName}': give a file name in the templates folder, not a path.");
        }

        return Path.Combine(folder, templateName);
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        File.Exists(templatePath)
            ? File.ReadAllText(templatePath)
            : throw new ScriptRuntimeException(callerSpan, $"include: no template '{Path.GetFileName(templatePath)}' in the templates folder.");

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
}
