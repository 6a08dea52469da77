using System.Globalization;

namespace SmnpcRepro.Survival.Tests.Fixtures;

/// <summary>Numeric assertions with the tolerance stated at the call, as reference tests need.</summary>
public static class AssertClose
{
    /// <summary>
    /// |actual − expected| ≤ relative·|expected| (or ≤ relative when expected is 0). NaN equals NaN and
    /// infinities must match exactly, so R's NA/Inf are checked too.
    /// </summary>
    public static void Relative(double expected, double actual, double relative, string what = "")
    {
        if (double.IsNaN(expected) || double.IsInfinity(expected))
        {
            Assert.True(expected.Equals(actual), Message(expected, actual, what));
            return;
        }

        var scale = Math.Abs(expected) > 0 ? Math.Abs(expected) : 1.0;
        Assert.True(Math.Abs(actual - expected) <= relative * scale, Message(expected, actual, what) + string.Create(CultureInfo.InvariantCulture, $" (relative tolerance {relative:G3})"));
    }

    /// <summary>Element-wise <see cref="Relative(double, double, double, string)"/>, lengths equal.</summary>
    public static void Relative(IReadOnlyList<double> expected, IReadOnlyList<double> actual, double relative, string what = "")
    {
        Assert.True(expected.Count == actual.Count, $"{what}: expected {expected.Count} values, got {actual.Count}");
        for (var i = 0; i < expected.Count; i++)
        {
            Relative(expected[i], actual[i], relative, string.Create(CultureInfo.InvariantCulture, $"{what}[{i}]"));
        }
    }

    private static string Message(double expected, double actual, string what) =>
        string.Create(CultureInfo.InvariantCulture, $"{what}: expected {expected:R}, got {actual:R}");
}
