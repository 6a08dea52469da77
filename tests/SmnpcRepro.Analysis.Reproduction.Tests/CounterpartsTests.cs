namespace SmnpcRepro.Analysis.Reproduction.Tests;

/// <summary>What a printed number measures follows from its catalogue id's last part.</summary>
public sealed class CounterpartsTests
{
    [Theory]
    [InlineData("table2.ki67.univariate.hr", QuantityKind.HazardRatio)]
    [InlineData("table2.ki67.multivariate.ci_low", QuantityKind.HazardRatio)]
    [InlineData("text.survival.univariate.ki67.p", QuantityKind.PValue)]
    [InlineData("table1.hb.lt11.percent", QuantityKind.Percent)]
    [InlineData("text.surgery.en_bloc.patients", QuantityKind.Count)]
    [InlineData("text.patients.total", QuantityKind.Count)]
    [InlineData("text.survival.median_os", QuantityKind.Measure)]
    public void A_numbers_kind_follows_from_its_id(string id, QuantityKind kind) => Assert.Equal(kind, Counterparts.KindOf(id));
}
