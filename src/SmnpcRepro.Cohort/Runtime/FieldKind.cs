namespace SmnpcRepro.Cohort.Runtime;

/// <summary>What a REDCap field holds once its type and text validation are read together.</summary>
public enum FieldKind
{
    /// <summary><c>text</c> without validation or with a string validation (email, phone, …), <c>notes</c>, <c>file</c> (the file name), <c>sql</c>: free text.</summary>
    Text,
    /// <summary><c>text</c> with validation <c>integer</c>, or <c>slider</c>.</summary>
    Integer,
    /// <summary><c>text</c> with validation <c>number</c>, <c>number_Ndp</c> or a <c>_comma_decimal</c> form, or <c>calc</c>.</summary>
    Number,
    /// <summary><c>text</c> with validation <c>date_ymd</c>, <c>date_mdy</c> or <c>date_dmy</c> (all exported yyyy-MM-dd).</summary>
    Date,
    /// <summary><c>radio</c> or <c>dropdown</c>: one of the listed choices.</summary>
    Categorical,
    /// <summary><c>yesno</c> (1 = Yes, 0 = No) or <c>truefalse</c> (1 = True, 0 = False).</summary>
    Boolean,
    /// <summary><c>text</c> with a <c>datetime_*</c> or <c>datetime_seconds_*</c> validation (exported yyyy-MM-dd HH:mm[:ss]).</summary>
    DateTime,
    /// <summary><c>text</c> with validation <c>time</c> (HH:mm), <c>time_hh_mm_ss</c> or <c>time_mm_ss</c>.</summary>
    Time,
    /// <summary><c>checkbox</c>: any set of the listed choices, one <c>name___code</c> column per choice.</summary>
    Checkbox,
}
