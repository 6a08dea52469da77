using BenchmarkDotNet.Attributes;
using SmnpcRepro.Analysis;
using SmnpcRepro.Analysis.Catalogue;
using SmnpcRepro.Analysis.Profiles;
using SmnpcRepro.Analysis.Published;
using SmnpcRepro.Analysis.Reconstruction;
using SmnpcRepro.Analysis.Reconstruction.Fast;

namespace SmnpcRepro.Benchmarks;

/// <summary>
/// One loss evaluation of the reconstruction search on a 30-patient state: in full (after a move of
/// survival), incrementally (after a move of one factor's values), and, for scale, the paper's analysis
/// itself (<see cref="PaperAnalysis.Run"/>), which the search replaced by the lean path.
/// Run: dotnet run -c Release --project bench/SmnpcRepro.Benchmarks -- --filter '*Reconstruction*'
/// </summary>
[MemoryDiagnoser]
public class ReconstructionBenchmarks
{
    private ReconstructionState _state = null!;
    private ReconstructionLoss _loss = null!;
    private FastPaperEvaluator _evaluator = null!;
    private ReconstructionObjective _objective = null!;
    private double[] _metrics = null!;
    private CohortMove _factorMove;

    /// <summary>A synthesized cohort with the published targets.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var paper = PublishedPaper.Load(Path.Combine(RepositoryRoot(), "data", "published.yaml"));
        var exact = SynthesisTargets.From(paper);
        var targets = ReconstructionTargets.From(paper, CatalogueReader.Read(Path.Combine(RepositoryRoot(), "data", CatalogueReader.FileName)));
        _state = ReconstructionState.From(CohortSynthesizer.Generate(exact, ReconstructionOptions.DefaultSeed));
        _loss = new ReconstructionLoss(targets);
        _evaluator = new FastPaperEvaluator(ConventionsProfile.Spss18, _state.Patients);
        _objective = new ReconstructionObjective(new FastPaperEvaluator(ConventionsProfile.Spss18, _state.Patients), _loss);
        _metrics = PaperMetrics.Empty();
        _objective.Reset(_state);
        var visceral = ReconstructionState.Factors.Select(f => f.Key).ToList().IndexOf("visceral_mets");
        var groups = _state.Groups(visceral).ToArray();
        var j = Array.FindIndex(groups, g => g != groups[0]);
        _factorMove = new CohortMove(MoveKind.SwapFactor, visceral, 0, j, 0);
    }

    /// <summary>Lean evaluation of every quantity, then the loss (what a survival move costs).</summary>
    [Benchmark(Baseline = true)]
    public double FullLossEvaluation()
    {
        _evaluator.Evaluate(_state, _metrics);
        return _loss.Evaluate(_metrics);
    }

    /// <summary>Incremental evaluation after exchanging one factor's values (what a factor move costs).</summary>
    [Benchmark]
    public double FactorMoveLossEvaluation()
    {
        _state.SwapFactor(_factorMove.Factor, _factorMove.I, _factorMove.J);
        var loss = _objective.Propose(_state, _factorMove);
        _factorMove.Undo(_state);
        return loss;
    }

    /// <summary>The paper's analysis on the same cohort, then the loss: the reference path.</summary>
    [Benchmark]
    public double PaperAnalysisLossEvaluation() =>
        _loss.Evaluate(PaperMetrics.From(PaperAnalysis.Run(_state.ToRecords(), ConventionsProfile.Spss18)));

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SmnpcRepro.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("SmnpcRepro.sln not found above the benchmark folder.");
    }
}
