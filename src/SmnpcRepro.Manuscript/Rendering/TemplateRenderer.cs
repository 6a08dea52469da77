using System.Globalization;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace SmnpcRepro.Manuscript.Rendering;

/// <summary>
/// Renders Scriban templates from a folder with a view model. Strict: a parse error, a render error or a
/// variable the model does not have fails the build (never a silent empty string). Templates only place
/// strings; numbers arrive formatted.
/// </summary>
public sealed class TemplateRenderer
{
    private readonly string _folder;

    /// <summary>Renders templates found in <paramref name="folder"/>.</summary>
    public TemplateRenderer(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new TemplateException($"{folder}: error: the templates folder does not exist.");
        }

        _folder = folder;
    }

    /// <summary>Renders <paramref name="templateName"/> with <paramref name="model"/>'s members as globals (snake_case names).</summary>
    /// <exception cref="TemplateException">The template is missing, does not parse, or fails to render.</exception>
    public string Render(string templateName, object model)
    {
        var path = Path.Combine(_folder, templateName);
        if (!File.Exists(path))
        {
            throw new TemplateException($"{path}: error: no such template.");
        }

        var template = Template.Parse(File.ReadAllText(path), path);
        if (template.HasErrors)
        {
            throw new TemplateException(string.Join(Environment.NewLine, template.Messages.Select(m => m.ToString())));
        }

        var globals = new ScriptObject();
        globals.Import(model);
        var context = new TemplateContext
        {
            StrictVariables = true,
            TemplateLoader = new TemplateFolder(_folder),
            NewLine = "\n",
            LoopLimit = 100_000,
        };
        context.PushCulture(CultureInfo.InvariantCulture);
        context.PushGlobal(globals);
        try
        {
            return template.Render(context).ReplaceLineEndings("\n");
        }
        catch (ScriptRuntimeException e)
        {
            throw new TemplateException($"{path}: error: {e.Message}", e);
        }
    }
}
