namespace SmnpcRepro.Analysis.Plan;

/// <summary>An analysis plan that does not fit the data dictionary; <see cref="Problems"/> lists every problem.</summary>
public sealed class PlanException : Exception
{
    /// <summary>A plan with <paramref name="problems"/>.</summary>
    public PlanException(IReadOnlyList<PlanProblem> problems)
        : base(string.Join(Environment.NewLine, (problems ?? []).Select(p => $"{p.Member}: {p.Message}")))
    {
        Problems = problems ?? [];
    }

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<PlanProblem> Problems { get; }
}
