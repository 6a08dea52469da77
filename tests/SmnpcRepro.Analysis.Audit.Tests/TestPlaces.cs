using SmnpcRepro.Analysis.Audit;
using SmnpcRepro.Analysis.Published;

namespace SmnpcRepro.Analysis.Audit.Tests;

/// <summary>Made-up places for rule tests: the rules only carry them through.</summary>
internal static class TestPlaces
{
    public static PrintedLocation At(string name) => new(name, $"place {name}");

    public static IReadOnlyList<PrintedLocation> Here { get; } = [At("here")];

    public static PrintedNumber N(string text) => PrintedNumber.Parse(text);
}
