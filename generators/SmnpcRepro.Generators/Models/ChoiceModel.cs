namespace SmnpcRepro.Generators.Models;

/// <summary>One parsed choice of a categorical field: <c>2, Female</c> becomes code 2, label Female, member Female.</summary>
internal sealed record ChoiceModel(int Code, string Label, string MemberName);
