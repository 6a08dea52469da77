namespace SmnpcRepro.Analysis.Reconstruction;

/// <summary>The kinds of move the search makes; each keeps every exact target.</summary>
public enum MoveKind
{
    /// <summary>Exchange one factor's values between two patients in different groups.</summary>
    SwapFactor,

    /// <summary>Give one patient a new observed time (keeping the shortest and longest).</summary>
    SetTime,

    /// <summary>Exchange death and censoring between a patient who died and one who did not.</summary>
    SwapDeath,

    /// <summary>Exchange the whole outcome (time and death) of two patients.</summary>
    SwapOutcome,

    /// <summary>Give one patient another Frankel grade (within the assumed bounds of the A–C group).</summary>
    Regrade,
}

/// <summary>A move applied to a state, with what is needed to undo it.</summary>
/// <param name="Kind">The move.</param>
/// <param name="Factor">The factor whose groups changed (swap, regrade), or −1 when the outcome changed.</param>
/// <param name="I">First patient.</param>
/// <param name="J">Second patient (swaps) or −1.</param>
/// <param name="OldValue">The value replaced (time or grade), for undo.</param>
public readonly record struct CohortMove(MoveKind Kind, int Factor, int I, int J, int OldValue)
{
    /// <summary>Restores the state as it was before the move.</summary>
    public void Undo(ReconstructionState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        switch (Kind)
        {
            case MoveKind.SwapFactor:
                state.SwapFactor(Factor, I, J);
                break;
            case MoveKind.SetTime:
                state.SetTime(I, OldValue);
                break;
            case MoveKind.SwapDeath:
                state.SwapDeath(I, J);
                break;
            case MoveKind.SwapOutcome:
                state.SwapOutcome(I, J);
                break;
            case MoveKind.Regrade:
                state.SetFrankelGrade(I, OldValue);
                break;
        }
    }
}
