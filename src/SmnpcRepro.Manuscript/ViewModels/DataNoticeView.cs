namespace SmnpcRepro.Manuscript.ViewModels;

/// <summary>
/// What a document says about where its data come from: which banner it opens with (templates hold the
/// wording) and the words a figure caption ends with. Real data: no banner, no caption words.
/// </summary>
/// <param name="Kind"><c>synthetic</c>, <c>edited-synthetic</c> or <c>real</c>.</param>
/// <param name="Synthetic">Whether the data are synthetic at all (edited or not): the banner is shown.</param>
/// <param name="Edited">Whether the synthetic cohort was edited by hand after the reconstruction wrote it.</param>
/// <param name="CaptionNote">The words a figure caption ends with (<c> Synthetic data.</c>), empty for real data.</param>
public sealed record DataNoticeView(string Kind, bool Synthetic, bool Edited, string CaptionNote)
{
    /// <summary>The notice for <paramref name="origin"/>.</summary>
    public static DataNoticeView From(DataOrigin origin) => origin switch
    {
        DataOrigin.Synthetic => new DataNoticeView("synthetic", true, false, " Synthetic data."),
        DataOrigin.EditedSynthetic => new DataNoticeView("edited-synthetic", true, true, " Synthetic data, edited by hand."),
        DataOrigin.Real => new DataNoticeView("real", false, false, string.Empty),
        _ => throw new ArgumentOutOfRangeException(nameof(origin), origin, "Unknown data origin."),
    };
}
