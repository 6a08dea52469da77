using SmnpcRepro.Survival.Cox;

namespace SmnpcRepro.Survival.Tests.Cox;

/// <summary>
/// The two-worker kernel and the side-by-side concordance walks (used for large n) give bit-for-bit the
/// results of the single-threaded code, so results do not depend on the core count. Forced on a small data
/// set (the lung multivariate model) to keep the test fast.
/// </summary>
public sealed class CoxParallelTests
{
    [Theory]
    [InlineData("lung_cox_multi_efron")]
    [InlineData("lung_cox_multi_breslow")]
    public void Split_kernel_equals_the_single_worker_exactly(string id)
    {
        var (_, fit) = CoxReferenceTests.Run("lung", id);
        var problem = fit.Problem;
        var p = problem.P;
        double[] beta = [0.1, -0.2, 0.3, 0.05, -0.01];
        var u1 = new double[p];
        var i1 = new double[p * p];
        var u2 = new double[p];
        var i2 = new double[p * p];
        var l1 = new CoxKernel(problem, fit.Ties, parts: 1).Evaluate(beta, u1, i1);
        var l2 = new CoxKernel(problem, fit.Ties, parts: 2).Evaluate(beta, u2, i2);
        Assert.Equal(l1, l2);
        Assert.Equal(u1, u2);
        Assert.Equal(i1, i2);
    }

    [Fact]
    public void Concordance_walks_side_by_side_equal_the_sequential_walks()
    {
        var (_, fit) = CoxReferenceTests.Run("lung", "lung_cox_multi_efron");
        var sequential = Concordance.Compute(fit.Problem, fit.SortedLinearPredictors, null, parallel: false);
        var parallel = Concordance.Compute(fit.Problem, fit.SortedLinearPredictors, null, parallel: true);
        Assert.Equal(sequential, parallel);
        Assert.Equal(fit.Concordance, parallel);
    }
}
