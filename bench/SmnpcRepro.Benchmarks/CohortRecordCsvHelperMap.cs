using CsvHelper;
using SmnpcRepro.Cohort;

namespace SmnpcRepro.Benchmarks;

/// <summary>CsvHelper 34's source-generated mapper for the generated <see cref="CohortRecord"/> (its fastest typed path).</summary>
[CsvRecordMap(typeof(CohortRecord))]
internal sealed partial class CohortRecordCsvHelperMap;
