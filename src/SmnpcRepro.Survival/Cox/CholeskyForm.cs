namespace SmnpcRepro.Survival.Cox;

/// <summary>Which form of <see cref="CholeskySolver"/>'s factorisation <see cref="CoxNewtonRaphson"/> steps with (same pivots and rank rule, different last bits).</summary>
public enum CholeskyForm
{
    /// <summary>R's <c>cholesky2</c>, A = F D F′: what <c>coxph</c> and <see cref="CoxModel"/> use.</summary>
    FactorDiagonal,

    /// <summary>A = L L′ with L = F √D: the reconstruction's evaluator's arithmetic, kept so its seeded search reconstructs the same cohort.</summary>
    SquareRoot,
}
