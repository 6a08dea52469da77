using SmnpcRepro.Cohort;

namespace SmnpcRepro.Analysis.Tables;

/// <summary>
/// The descriptive numbers of the paper's "Patients' Characteristics" and "Surgical Treatment" text:
/// age and MIT (median, range), sex, timing of metastasis, visceral metastasis, and the blood loss and
/// operation time of each surgical group.
/// </summary>
public sealed record CohortSummary(
    int Patients,
    double AgeMedian,
    double AgeMean,
    int AgeMin,
    int AgeMax,
    int Male,
    int Female,
    int Synchronous,
    int Asynchronous,
    double MitMedian,
    double MitMin,
    double MitMax,
    int VisceralAny,
    int Deaths,
    IReadOnlyList<SurgicalGroupSummary> SurgicalGroups)
{
    /// <summary>Summarises <paramref name="cohort"/>.</summary>
    public static CohortSummary Of(IReadOnlyList<CohortRecord> cohort)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        var groups = Enum.GetValues<SurgicalOption>()
            .Select(g =>
            {
                var members = cohort.Where(p => p.SurgicalOption == g).ToArray();
                return new SurgicalGroupSummary(
                    g,
                    members.Length,
                    members.Length == 0 ? double.NaN : members.Average(p => (double)p.BloodLoss),
                    members.Length == 0 ? double.NaN : members.Average(p => (double)p.OperationTime));
            })
            .ToArray();
        return new CohortSummary(
            cohort.Count,
            Median(cohort.Select(p => (double)p.Age)),
            cohort.Average(p => (double)p.Age),
            cohort.Min(p => p.Age),
            cohort.Max(p => p.Age),
            cohort.Count(p => p.Sex == Sex.Male),
            cohort.Count(p => p.Sex == Sex.Female),
            cohort.Count(p => p.MetastasisTiming == MetastasisTiming.Synchronous),
            cohort.Count(p => p.MetastasisTiming == MetastasisTiming.Asynchronous),
            Median(cohort.Select(p => p.Mit)),
            cohort.Min(p => p.Mit),
            cohort.Max(p => p.Mit),
            cohort.Count(p => p.VisceralMets != VisceralMets.None),
            cohort.Count(p => p.Death),
            groups);
    }

    /// <summary>The sample median (mean of the two middle values when n is even).</summary>
    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}

/// <summary>One surgical group's size and mean blood loss (mL) and operation time (min).</summary>
public sealed record SurgicalGroupSummary(SurgicalOption Option, int Patients, double MeanBloodLoss, double MeanOperationTime);
