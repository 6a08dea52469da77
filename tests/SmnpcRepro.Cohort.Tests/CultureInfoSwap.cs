using System.Globalization;

namespace SmnpcRepro.Cohort.Tests;

/// <summary>Runs code under another current culture, to show that results do not depend on it.</summary>
internal static class CultureInfoSwap
{
    public static T Run<T>(string culture, Func<T> action)
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo(culture);
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }
}
