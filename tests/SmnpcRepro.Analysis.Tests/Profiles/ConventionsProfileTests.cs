using SmnpcRepro.Analysis.Profiles;
using SmnpcRepro.Survival.Cox;

namespace SmnpcRepro.Analysis.Tests.Profiles;

/// <summary>The profile's Cox options: R's <c>coxph.control</c> defaults with the profile's ties, always.</summary>
public sealed class ConventionsProfileTests
{
    [Fact]
    public void Each_profile_fits_with_Rs_controls_and_its_own_ties()
    {
        Assert.Equal(CoxOptions.Default with { Ties = TieMethod.Breslow }, ConventionsProfile.Spss18.CoxOptions);
        Assert.Equal(CoxOptions.Default with { Ties = TieMethod.Efron }, ConventionsProfile.R.CoxOptions);
        Assert.Equal((1e-9, 20), (ConventionsProfile.Spss18.CoxOptions.ConvergenceTolerance, ConventionsProfile.Spss18.CoxOptions.MaxIterations));
    }

    [Fact]
    public void Changing_the_ties_changes_the_options_ties_and_keeps_the_rest()
    {
        var profile = (ConventionsProfile.Spss18 with { CoxOptions = CoxOptions.Default with { MaxIterations = 5 } }) with { Ties = TieMethod.Efron };
        Assert.Equal(TieMethod.Efron, profile.CoxOptions.Ties);
        Assert.Equal(5, profile.CoxOptions.MaxIterations);
    }
}
