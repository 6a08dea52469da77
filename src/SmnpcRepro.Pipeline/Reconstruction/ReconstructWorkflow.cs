using SmnpcRepro.Analysis.Catalogue;
using SmnpcRepro.Analysis.Published;
using SmnpcRepro.Analysis.Reconstruction;
using SmnpcRepro.Cohort;
using SmnpcRepro.Manuscript.Rendering;

namespace SmnpcRepro.Pipeline.Reconstruction;

/// <summary>
/// <c>smnpc reconstruct</c>'s workflow: the seeded search from the published numbers to the synthetic cohort, its
/// report and its run record, written all-or-nothing; or (report only) the report rebuilt from the recorded run
/// and the cohort as it is.
/// </summary>
public static class ReconstructWorkflow
{
    /// <summary>Searches and writes the cohort, the report and the run record; returns the search's result.</summary>
    /// <exception cref="InvalidDataException">published.yaml is not valid.</exception>
    /// <exception cref="KeyNotFoundException">A number the targets need is not in published.yaml.</exception>
    /// <exception cref="TemplateException">The report's template is missing or fails.</exception>
    public static ReconstructionResult Search(ReconstructRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var paper = PublishedPaper.Load(request.PublishedPath);
        var renderer = new TemplateRenderer(request.TemplatesFolder);
        var targets = ReconstructionTargets.From(paper, CatalogueReader.Read(request.CataloguePath));
        var result = CohortReconstructor.Run(SynthesisTargets.From(paper), targets, new ReconstructionOptions(request.Seed, request.Iterations, request.Budget, request.Chains));
        var csv = CohortCsv.Write(result.Cohort);
        var markdown = ReconstructionReport.Render(result, targets, csv, Path.GetFileName(request.OutputPath), paper, renderer);
        AtomicWriter.WriteAll([(request.OutputPath, csv), (request.ReportPath, markdown), (request.RunPath, ReconstructionRun.Of(result).Serialize())]);
        return result;
    }

    /// <summary>Rewrites only the report, from the recorded run and the cohort as it is (no search).</summary>
    /// <exception cref="InvalidDataException">There is no run record, or published.yaml is not valid.</exception>
    /// <exception cref="SmnpcRepro.Cohort.Runtime.CohortDataException">The cohort breaks a rule of its dictionary.</exception>
    public static void RewriteReport(ReconstructRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var paper = PublishedPaper.Load(request.PublishedPath);
        var renderer = new TemplateRenderer(request.TemplatesFolder);
        var recorded = ReconstructionRun.Load(request.RunPath)
            ?? throw new InvalidDataException($"{request.RunPath}: error: no run record to rebuild the report from (run `smnpc reconstruct` without --report-only).");
        var csvText = File.ReadAllText(request.OutputPath);
        var cohort = CohortCsv.Read(request.OutputPath).Records;
        var targets = ReconstructionTargets.From(paper, CatalogueReader.Read(request.CataloguePath));
        var rebuilt = ReconstructionReport.Render(recorded.With(cohort, SynthesisTargets.From(paper), targets), targets, csvText, Path.GetFileName(request.OutputPath), paper, renderer);
        AtomicWriter.WriteAll([(request.ReportPath, rebuilt)]);
    }
}
