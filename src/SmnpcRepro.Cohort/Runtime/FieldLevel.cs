namespace SmnpcRepro.Cohort.Runtime;

/// <summary>One choice of a categorical field: the code stored in the raw export and the label shown to people.</summary>
public sealed record FieldLevel(int Code, string Label);
