using SmnpcRepro.Cohort.Runtime;

namespace SmnpcRepro.RedcapCorpus.Tests;

/// <summary>What a generated reader made of an export, in the terms of <see cref="ExportFacts"/>, with its soft-check warnings.</summary>
internal sealed record ReadSummary(ExportFacts Facts, IReadOnlyList<FieldWarning> Warnings)
{
    public static ReadSummary Of<TRecord>(CohortDataSet<TRecord> set, Func<TRecord, object?> id)
        where TRecord : IRedcapRow => new(
        new ExportFacts(
            set.Count,
            set.Records.Select(r => Convert.ToString(id(r), System.Globalization.CultureInfo.InvariantCulture)).Distinct(StringComparer.Ordinal).Count(),
            set.Records.Select(r => r.RedcapEventName).Where(e => e is not null).Distinct(StringComparer.Ordinal).Count(),
            set.Records.Count(r => r.RedcapRepeatInstance is not null)),
        set.Warnings);
}
