namespace SmnpcRepro.Analysis.Published;

/// <summary>Where in the paper a published number is, in the order the reproduction report groups them.</summary>
public enum PaperSection
{
    /// <summary>Table 1, the characteristics of the series.</summary>
    Table1,

    /// <summary>Table 2, the univariate and multivariate analysis.</summary>
    Table2,

    /// <summary>The Results text.</summary>
    ResultsText,

    /// <summary>The Abstract.</summary>
    Abstract,

    /// <summary>The Discussion.</summary>
    Discussion,

    /// <summary>The Methods and the study's settings.</summary>
    Methods,

    /// <summary>The Introduction.</summary>
    Introduction,

    /// <summary>Figure 1, the patient flow diagram.</summary>
    Figure1,
}
