namespace SmnpcRepro.Cohort.Runtime;

/// <summary>
/// Where a generated record's row sits in a REDCap project: its event (and arm) in a longitudinal project,
/// its repeating instrument and instance. All null for a classic project, and for a strict reader (which
/// reads one row per record).
/// </summary>
public interface IRedcapRow
{
    /// <summary>The unique event name (<c>redcap_event_name</c>), or null.</summary>
    string? RedcapEventName { get; }

    /// <summary>The arm number from the event's <c>_arm_N</c> suffix, or null.</summary>
    int? RedcapArm { get; }

    /// <summary>The repeating instrument (<c>redcap_repeat_instrument</c>), or null on a non-repeating row.</summary>
    string? RedcapRepeatInstrument { get; }

    /// <summary>The repeat instance (<c>redcap_repeat_instance</c>), or null on a non-repeating row.</summary>
    int? RedcapRepeatInstance { get; }
}
