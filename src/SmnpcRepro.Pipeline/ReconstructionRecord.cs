using System.Text.RegularExpressions;

namespace SmnpcRepro.Pipeline;

/// <summary>
/// What <c>data/reconstruction-report.md</c> records of the cohort it describes: the SHA-256 that
/// <c>smnpc reconstruct</c> wrote beside the cohort. A cohort whose hash is that one is the reconstruction
/// exactly; any other cohort declared synthetic has been edited by hand since.
/// </summary>
public static partial class ReconstructionRecord
{
    /// <summary>The cohort SHA-256 the report records, or null when there is no report or it names none.</summary>
    public static string? CohortSha256(string reportPath)
    {
        if (!File.Exists(reportPath))
        {
            return null;
        }

        var match = CohortLine().Match(File.ReadAllText(reportPath));
        return match.Success ? match.Groups["sha"].Value : null;
    }

    [GeneratedRegex(@"^\| Cohort \| `[^`]+`, SHA-256 `(?<sha>[0-9a-f]{64})` \|$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex CohortLine();
}
