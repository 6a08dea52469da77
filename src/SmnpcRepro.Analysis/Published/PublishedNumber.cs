
namespace SmnpcRepro.Analysis.Published;

/// <summary>One number of <c>published.yaml</c>, with its printed precision and where the paper prints it.</summary>
/// <param name="Path">Its dotted path in the YAML (<c>table2.rows.mit.univariate.hr</c>).</param>
/// <param name="Section">The part of the paper.</param>
/// <param name="Subsection">A finer grouping within the section (<c>Survival</c> in the Results text), or empty.</param>
/// <param name="Name">A readable name (<c>MIT, univariate HR</c>).</param>
/// <param name="Source">Where the paper prints it, as the YAML's nearest <c>source</c> says.</param>
/// <param name="Printed">The print, with its precision and any bound (<c>&gt;0.1</c>).</param>
public sealed record PublishedNumber(string Path, PaperSection Section, string Subsection, string Name, string Source, PrintedNumber Printed);
