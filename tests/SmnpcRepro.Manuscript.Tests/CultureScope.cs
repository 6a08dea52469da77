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
}
