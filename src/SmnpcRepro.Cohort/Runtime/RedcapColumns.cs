namespace SmnpcRepro.Cohort.Runtime;

/// <summary>REDCap's event and repeat columns a writer adds after the record id, when some record has a value for them.</summary>
[Flags]
public enum RedcapColumns
{
    /// <summary>A classic project: no event or repeat column.</summary>
    None = 0,
    /// <summary><c>redcap_event_name</c>.</summary>
    Event = 1,
    /// <summary><c>redcap_repeat_instrument</c>.</summary>
    RepeatInstrument = 2,
    /// <summary><c>redcap_repeat_instance</c>.</summary>
    RepeatInstance = 4,
}

/// <summary>Which <see cref="RedcapColumns"/> some rows need.</summary>
public static class RedcapColumnsOf
{
    /// <summary>The columns at least one of <paramref name="rows"/> has a value for.</summary>
    public static RedcapColumns Rows(IEnumerable<IRedcapRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var columns = RedcapColumns.None;
        foreach (var row in rows)
        {
            columns |= (row.RedcapEventName is null ? RedcapColumns.None : RedcapColumns.Event)
                | (row.RedcapRepeatInstrument is null ? RedcapColumns.None : RedcapColumns.RepeatInstrument)
                | (row.RedcapRepeatInstance is null ? RedcapColumns.None : RedcapColumns.RepeatInstance);
        }

        return columns;
    }
}
