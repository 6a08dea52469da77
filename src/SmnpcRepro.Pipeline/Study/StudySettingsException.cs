namespace SmnpcRepro.Pipeline.Study;

/// <summary>
/// <c>data/study.yaml</c> is not valid: every problem, each as <c>file(line,column): error: rule</c>, so an
/// author fixes them all in one go. Nothing is computed or written when this is thrown.
/// </summary>
public sealed class StudySettingsException : Exception
{
    /// <summary>Creates the exception from every error found.</summary>
    public StudySettingsException(IReadOnlyList<string> errors)
        : base(string.Join(Environment.NewLine, errors))
    {
        Errors = errors;
    }

    /// <summary>Creates an exception with one message.</summary>
    public StudySettingsException(string message)
        : this([message])
    {
    }

    /// <summary>Creates an exception with one message and its cause.</summary>
    public StudySettingsException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [message];
    }

    /// <summary>Creates an exception with no message.</summary>
    public StudySettingsException()
        : this("data/study.yaml is not valid.")
    {
    }

    /// <summary>Every error, one line each.</summary>
    public IReadOnlyList<string> Errors { get; }
}
