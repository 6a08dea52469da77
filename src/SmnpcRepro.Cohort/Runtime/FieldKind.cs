namespace SmnpcRepro.Cohort.Runtime;

/// <summary>What a REDCap field holds once its type and text validation are read together.</summary>
public enum FieldKind
{
    /// <summary><c>text</c> without validation, or <c>notes</c>: free text.</summary>
    Text,
    /// <summary><c>text</c> with validation <c>integer</c>.</summary>
    Integer,
    /// <summary><c>text</c> with validation <c>number</c>, or <c>calc</c>.</summary>
    Number,
    /// <summary><c>text</c> with validation <c>date_ymd</c>.</summary>
    Date,
    /// <summary><c>radio</c> or <c>dropdown</c>: one of the listed choices.</summary>
    Categorical,
    /// <summary><c>yesno</c> (1 = Yes, 0 = No) or <c>truefalse</c> (1 = True, 0 = False).</summary>
    Boolean,
}
