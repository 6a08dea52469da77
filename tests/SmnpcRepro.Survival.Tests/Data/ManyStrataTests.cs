using SmnpcRepro.Survival.Data;
using SmnpcRepro.Survival.LogRank;
using SmnpcRepro.Survival.Tests.Fixtures;
using KM = SmnpcRepro.Survival.KaplanMeier.KaplanMeier;

namespace SmnpcRepro.Survival.Tests.Data;

/// <summary>
/// With more than 16 strata × groups the tabulation keys entries by (time, stratum) instead of by time;
/// both must agree. Closed forms: a stratified log-rank test's O, E and V are the sums of the unstratified
/// tests within each stratum, and each curve of a many-group KM fit is the KM fit of that group's rows.
/// Data: lung (fixture CSV) with 20 pseudo-strata/groups from the row number; tolerance 1e-12.
/// </summary>
public sealed class ManyStrataTests
{
    private static readonly FixtureData.Loaded Lung = FixtureData.Load("r-survival/datasets/lung.csv", new FixtureData.Formula("time", "event", "sex", null), ["1", "2"]);

    [Fact]
    public void Stratified_test_with_many_strata_is_the_sum_of_the_tests_within_strata()
    {
        var data = Lung.Data;
        var strataCodes = Enumerable.Range(0, data.Count).Select(i => i % 20).ToArray();
        var strata = new SurvivalFactor("block", strataCodes, Enumerable.Range(0, 20).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray());
        var stratified = LogRankTest.Compute(SurvivalData.Create(data.Time.ToArray(), data.Status.ToArray(), data.Group, strata));

        var observed = new double[2];
        var expected = new double[2];
        var variance = new double[2, 2];
        for (var s = 0; s < 20; s++)
        {
            var rows = Enumerable.Range(0, data.Count).Where(i => strataCodes[i] == s).ToArray();
            var group = new SurvivalFactor("sex", rows.Select(i => data.Group!.Codes[i]).ToArray(), ["1", "2"]);
            var part = LogRankTest.Compute(SurvivalData.Create(rows.Select(i => data.Time[i]).ToArray(), rows.Select(i => data.Status[i]).ToArray(), group));
            for (var g = 0; g < 2; g++)
            {
                observed[g] += part.Observed[g];
                expected[g] += part.Expected[g];
                for (var h = 0; h < 2; h++)
                {
                    variance[g, h] += part.Variance[g][h];
                }
            }
        }

        AssertClose.Relative(observed, [.. stratified.Observed], 1e-12, "O");
        AssertClose.Relative(expected, [.. stratified.Expected], 1e-12, "E");
        AssertClose.Relative(variance[0, 0], stratified.Variance[0][0], 1e-12, "V");
    }

    [Fact]
    public void Each_curve_of_a_many_group_fit_is_the_fit_of_its_rows()
    {
        var data = Lung.Data;
        var codes = Enumerable.Range(0, data.Count).Select(i => i % 20).ToArray();
        var group = new SurvivalFactor("block", codes, Enumerable.Range(0, 20).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray());
        var fit = KM.Fit(SurvivalData.Create(data.Time.ToArray(), data.Status.ToArray(), group));
        for (var c = 0; c < 20; c++)
        {
            var rows = Enumerable.Range(0, data.Count).Where(i => codes[i] == c).ToArray();
            var alone = KM.Fit(SurvivalData.Create(rows.Select(i => data.Time[i]).ToArray(), rows.Select(i => data.Status[i]).ToArray())).Curves[0];
            AssertClose.Relative(alone.Time.ToArray(), fit.Curves[c].Time.ToArray(), 0, "time");
            Assert.Equal(alone.NumberAtRisk.ToArray(), fit.Curves[c].NumberAtRisk.ToArray());
            AssertClose.Relative(alone.Survival.ToArray(), fit.Curves[c].Survival.ToArray(), 1e-12, "surv");
        }
    }
}
