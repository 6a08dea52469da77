using SmnpcRepro.Analysis.Robustness;
using SmnpcRepro.Manuscript.Formatting;

namespace SmnpcRepro.Manuscript.ViewModels.Appendix;

/// <summary>Everything <c>appendix-robustness.md.scriban</c> places: preformatted strings only.</summary>
/// <param name="Patients">Cohort size.</param>
/// <param name="Events">Deaths.</param>
/// <param name="Profile">The conventions profile's name.</param>
/// <param name="Software">Whose conventions.</param>
/// <param name="Summary">One sentence per finding.</param>
/// <param name="EventsPerVariable">Section 1.</param>
/// <param name="Firth">Section 2.</param>
/// <param name="Permutation">Section 3.</param>
/// <param name="ProportionalHazards">Section 4.</param>
/// <param name="Selection">Section 5.</param>
/// <param name="Ties">Section 6.</param>
/// <param name="DataFiles">The data files and their SHA-256.</param>
/// <param name="Colophon">What built the file.</param>
/// <param name="Notice">Where the data come from (banner and caption words).</param>
public sealed record AppendixModel(
    string Patients,
    string Events,
    string Profile,
    string Software,
    IReadOnlyList<string> Summary,
    EventsPerVariableView EventsPerVariable,
    FirthView Firth,
    PermutationView Permutation,
    ProportionalHazardsView ProportionalHazards,
    SelectionView Selection,
    TiesView Ties,
    IReadOnlyList<DataFileProvenance> DataFiles,
    ColophonView Colophon,
    DataNoticeView Notice)
{
    /// <summary>The view model of the appendix.</summary>
    public static AppendixModel From(RobustnessResults results, IReadOnlyList<DataFileProvenance> dataFiles, BuildEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(dataFiles);
        ArgumentNullException.ThrowIfNull(environment);
        var firth = FirthView.From(results);
        var permutation = PermutationView.From(results);
        var proportionalHazards = ProportionalHazardsView.From(results);
        var ties = TiesView.From(results);
        return new AppendixModel(
            Format.Count(results.Patients),
            Format.Count(results.Events),
            results.Profile.Name,
            results.Profile.Software,
            AppendixSummary.From(results, firth, permutation, proportionalHazards, ties),
            EventsPerVariableView.From(results),
            firth,
            permutation,
            proportionalHazards,
            SelectionView.From(results),
            ties,
            dataFiles,
            ColophonView.From(environment),
            DataNoticeView.From(environment.Origin));
    }
}
