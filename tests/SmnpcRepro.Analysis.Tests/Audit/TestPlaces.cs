using SmnpcRepro.Analysis.Audit;

namespace SmnpcRepro.Analysis.Tests.Audit;

/// <summary>Made-up places for rule tests: the rules only carry them through.</summary>
internal static class TestPlaces
{
    public static PrintedLocation At(string name) => new(name, $"place {name}");

    public static IReadOnlyList<PrintedLocation> Here { get; } = [At("here")];

    public static PrintedNumber N(string text) => PrintedNumber.Parse(text);
}
