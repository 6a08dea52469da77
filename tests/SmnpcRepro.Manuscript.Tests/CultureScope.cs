using System.Globalization;

namespace SmnpcRepro.Manuscript.Tests;

/// <summary>Runs test code under another current culture and restores the previous one.</summary>
internal static class CultureScope
{
    public static T RunIn<T>(CultureInfo culture, Func<T> action)
    {
        var (before, beforeUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
            CultureInfo.CurrentUICulture = beforeUi;
        }
    }

    /// <summary>Asserts that <paramref name="render"/> gives the same text under <paramref name="culture"/> as under the invariant culture.</summary>
    public static void AssertSameUnder(string culture, Func<string> render) =>
        Assert.Equal(RunIn(CultureInfo.InvariantCulture, render), RunIn(new CultureInfo(culture), render));

    /// <summary>Asserts that <paramref name="build"/> gives the same documents, byte for byte, under <paramref name="culture"/>.</summary>
    public static void AssertSameDocumentsUnder(string culture, Func<IReadOnlyList<ManuscriptDocument>> build)
    {
        var invariant = RunIn(CultureInfo.InvariantCulture, build);
        var other = RunIn(new CultureInfo(culture), build);
        Assert.Equal(invariant.Select(d => d.RelativePath), other.Select(d => d.RelativePath));
        for (var i = 0; i < invariant.Count; i++)
        {
            Assert.True(invariant[i].Bytes.AsSpan().SequenceEqual(other[i].Bytes), $"{invariant[i].RelativePath} differs under {culture}");
        }
    }
}
