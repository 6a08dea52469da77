using SmnpcRepro.Cohort;

namespace SmnpcRepro.Analysis.Reconstruction;

/// <summary>
/// Which fields of a patient row carry each Table 2 factor, so that the search can move a factor's
/// measured value (and everything tied to it) from one patient to another. Moving whole values between
/// patients keeps every margin: Table 1 counts, the age mean and range, the MIT median and range, and
/// the group means of blood loss and operation time (which travel with the surgical option).
/// </summary>
public static class FactorColumns
{
    /// <summary>
    /// <paramref name="to"/> with the fields of factor <paramref name="factorKey"/> taken from
    /// <paramref name="from"/>.
    /// </summary>
    /// <exception cref="ArgumentException">Not a Table 2 factor.</exception>
    public static CohortRecord Copy(string factorKey, CohortRecord to, CohortRecord from)
    {
        ArgumentNullException.ThrowIfNull(to);
        ArgumentNullException.ThrowIfNull(from);
        return factorKey switch
        {
            "gender" => to with { Sex = from.Sex },
            "age" => to with { Age = from.Age },
            "pathology" => to with { Pathology = from.Pathology },
            "kps_preop" => to with { KpsPreop = from.KpsPreop },
            "frankel_preop" => to with { FrankelPreop = from.FrankelPreop },
            "visceral_mets" => to with { VisceralMets = from.VisceralMets },
            "spine_level" => to with { SpineLevel = from.SpineLevel },
            "spine_mets_count" => to with { SpineMetsNumber = from.SpineMetsNumber },
            "mit" => to with { Mit = from.Mit },
            "hb" => to with { Hb = from.Hb },
            "alb" => to with { Alb = from.Alb },
            "ldh" => to with { Ldh = from.Ldh },
            "alp" => to with { Alp = from.Alp },
            "ki67" => to with { Ki67 = from.Ki67 },
            "surgical_option" => to with { SurgicalOption = from.SurgicalOption, BloodLoss = from.BloodLoss, OperationTime = from.OperationTime },
            _ => throw new ArgumentException($"'{factorKey}' is not a Table 2 factor.", nameof(factorKey)),
        };
    }
}
