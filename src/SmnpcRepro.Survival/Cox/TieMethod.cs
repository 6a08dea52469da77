namespace SmnpcRepro.Survival.Cox;

/// <summary>How the Cox partial likelihood treats tied event times (R's <c>coxph(ties = ...)</c>).</summary>
public enum TieMethod
{
    /// <summary>Efron's approximation: R's default.</summary>
    Efron,

    /// <summary>Breslow's approximation: the default of SPSS COXREG and SAS PHREG.</summary>
    Breslow,
}
