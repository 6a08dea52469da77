namespace SmnpcRepro.Manuscript.Rendering;

/// <summary>A template that does not parse or render; the message names the template, line and column.</summary>
public sealed class TemplateException(string message, Exception? inner = null) : Exception(message, inner);
