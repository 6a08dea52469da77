using SmnpcRepro.Survival.Data;
using SmnpcRepro.Survival.LogRank;
using SmnpcRepro.Survival.Tests.Fixtures;

namespace SmnpcRepro.Survival.Tests.LogRank;

/// <summary>
/// The allocation-light chi-square equals <see cref="LogRankTest.Compute"/> (itself checked against R's survdiff)
/// on R's aml data and on seeded random small samples with heavy ties and empty groups; tolerance 1e-12 relative.
/// </summary>
public sealed class LogRankChiSquareTests
{
    [Fact]
    public void Equals_survdiff_on_aml()
    {
        var data = FixtureData.Load("r-survival/datasets/aml.csv", new FixtureData.Formula("time", "event", "x", null), ["Maintained", "Nonmaintained"]).Data;
        var expected = LogRankTest.Compute(data);
        var (chisq, df, p) = LogRankChiSquare.Compute(data.Time, data.Status, data.Group!.Codes, new LogRankWorkspace(data.Count, 2));
        AssertClose.Relative(expected.ChiSquare, chisq, 1e-12, "chisq");
        Assert.Equal(expected.DegreesOfFreedom, df);
        AssertClose.Relative(expected.PValue, p, 1e-12, "p");
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Equals_the_full_test_on_random_small_samples(int groups)
    {
        var workspace = new LogRankWorkspace(40, groups + 1);
        var state = 0x5EED_0000_0000UL + (ulong)groups;
        for (var sample = 0; sample < 300; sample++)
        {
            var n = 8 + (int)(Next(ref state) % 33);
            var time = new double[n];
            var status = new byte[n];
            var group = new int[n];
            for (var i = 0; i < n; i++)
            {
                time[i] = 1 + (Next(ref state) % 12); // whole months: many ties
                status[i] = (byte)(Next(ref state) % 3 == 0 ? 0 : 1);
                group[i] = (int)(Next(ref state) % (ulong)groups);
            }

            var used = group.Distinct().Order().ToArray();
            if (used.Length < 2 || status.All(s => s == 0))
            {
                continue;
            }

            var dense = group.Select(g => Array.IndexOf(used, g)).ToArray();
            var expected = LogRankTest.Compute(SurvivalData.Create(time, status, new SurvivalFactor("g", dense, used.Select(u => u.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray())));
            // The workspace has one group more than used: an empty group changes nothing.
            var (chisq, df, p) = LogRankChiSquare.Compute(time, status, group, workspace);
            Assert.Equal(expected.DegreesOfFreedom, df);
            AssertClose.Relative(expected.ChiSquare, chisq, 1e-12, $"chisq of sample {sample}");
            AssertClose.Relative(expected.PValue, p, 1e-12, $"p of sample {sample}");
        }
    }

    [Fact]
    public void Rejects_a_group_code_out_of_range_and_a_small_workspace()
    {
        Assert.Throws<ArgumentException>(() => LogRankChiSquare.Compute([1, 2], [1, 1], [0, 2], new LogRankWorkspace(2, 2)));
        Assert.Throws<ArgumentException>(() => LogRankChiSquare.Compute([1, 2, 3], [1, 1, 1], [0, 1, 0], new LogRankWorkspace(2, 2)));
    }

    private static ulong Next(ref ulong state) => Xoshiro256StarStar.SplitMix64(ref state);
}
