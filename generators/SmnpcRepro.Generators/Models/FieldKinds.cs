namespace SmnpcRepro.Generators.Models;

/// <summary>The runtime <c>FieldKind</c> member names, as the generator writes them.</summary>
internal static class FieldKinds
{
    public const string Text = nameof(Text);
    public const string Integer = nameof(Integer);
    public const string Number = nameof(Number);
    public const string Date = nameof(Date);
    public const string Categorical = nameof(Categorical);
    public const string Boolean = nameof(Boolean);
    public const string DateTime = nameof(DateTime);
    public const string Time = nameof(Time);
    public const string Checkbox = nameof(Checkbox);
}
