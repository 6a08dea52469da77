using System.Globalization;
using SmnpcRepro.Analysis;
using SmnpcRepro.Analysis.Reconstruction;
using SmnpcRepro.Manuscript.Formatting;

namespace SmnpcRepro.Manuscript.ViewModels;

/// <summary>What the reconstruction report is made from: the run, its targets, and the paper's analysis of the result.</summary>
/// <param name="Run">The reconstruction run.</param>
/// <param name="Targets">Every target (weight 0 included).</param>
/// <param name="Exact">The exact targets checked on the cohort.</param>
/// <param name="Results">The paper's analysis of the cohort under the build's profile (what the manuscript prints).</param>
/// <param name="Alternative">The same under the other profile, shown beside.</param>
/// <param name="Consistency">The Wald-consistency check of the published Table 2.</param>
/// <param name="CohortFile">The cohort's file name as the report names it.</param>
/// <param name="CohortSha256">SHA-256 of the cohort file's bytes.</param>
public sealed record ReconstructionReportInput(
    ReconstructionResult Run,
    IReadOnlyList<ReconstructionTarget> Targets,
    IReadOnlyList<ExactTarget> Exact,
    PaperResults Results,
    PaperResults Alternative,
    IReadOnlyList<WaldConsistency> Consistency,
    string CohortFile,
    string CohortSha256);

/// <summary>
/// Turns a reconstruction into the report's view model. Every achieved number is read from
/// <see cref="PaperAnalysis"/>'s results (the numbers the build prints), never from the search's lean path.
/// </summary>
public static class ReconstructionReportView
{
    /// <summary>The Method's sentences on the polish (for a run whose schedule has one).</summary>
    private const string Polish =
        " At the end (and before any restart) each chain's best state is polished by a descent that tries every such move in a fixed order\n" +
        "(every exchange of every factor, every time put on or beside every other time or a published median, every death and\n" +
        "outcome exchange, every Frankel regrade) and then every pair of exchanges of one factor's values, keeping whatever\n" +
        "lowers the loss, until a sweep keeps nothing.";

    private const string Tick = "✓";
    private const string Cross = "✗";

    private static readonly (TargetSection Section, string Title)[] SectionTitles =
    [
        (TargetSection.Table2Univariate, "Table 2, univariate"),
        (TargetSection.Text, "p-values in the text"),
        (TargetSection.Medians, "Kaplan–Meier medians"),
        (TargetSection.Multivariate, "Table 2, multivariate"),
        (TargetSection.Selection, "Selection of the multivariate model"),
    ];

    /// <summary>Builds the view model.</summary>
    public static ReconstructionReportModel From(ReconstructionReportInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var achieved = PaperMetrics.From(input.Results);
        var alternative = PaperMetrics.From(input.Alternative);
        var run = input.Run;
        var total = input.Targets.Sum(t => ReconstructionLoss.Term(t, achieved[t.Quantity.Index]).Contribution);

        var sections = SectionTitles
            .Select(s => new TargetSectionView(
                s.Section.ToString(),
                s.Title,
                input.Targets.Where(t => t.Section == s.Section).Select(t => Row(t, achieved, alternative)).ToArray()))
            .ToArray();

        return new ReconstructionReportModel(
            new ReconstructionRunView(
                Format.Count(run.Cohort.Count),
                Whole(run.Seed),
                Whole(run.Iterations),
                Whole(run.IterationsAsked),
                run.StoppedByBudget,
                Whole(run.Accepted),
                $"{Whole(run.Chains)} independent chains from the same start, each with its own stream; the cohort is chain {Whole(run.BestChain + 1)}'s best (losses by chain: {string.Join(", ", run.ChainLosses.Select(l => Format.Fixed(l, 3)))})",
                $"cycles of {Whole(run.Schedule.CycleLength)} iterations, each cooling geometrically from T = {Number(run.Schedule.StartTemperature)} to {Number(run.Schedule.EndTemperature)} and restarting from the best state found{(run.Schedule.PolishSweeps > 0 ? $"; each chain's best polished by a zero-temperature descent over every single move and every pair of exchanges of one factor's values (at most {Whole(run.Schedule.PolishSweeps)} sweeps) before a restart and at the end" : string.Empty)}{Banded(run.Schedule)}",
                run.Schedule.PolishSweeps > 0 ? Polish : string.Empty,
                input.CohortFile,
                input.CohortSha256,
                $"{input.Results.Profile.Name} ({input.Results.Profile.Software})",
                $"{input.Alternative.Profile.Name} ({input.Alternative.Profile.Software})",
                $"dotnet run --project src/SmnpcRepro.Cli -c Release -- reconstruct --seed {Whole(run.Seed)} --iterations {Whole(run.Iterations)} --chains {Whole(run.Chains)}"),
            new ReconstructionLossView(
                Number(ReconstructionLoss.Scale),
                Number(ReconstructionLoss.Margin),
                Number(ReconstructionLoss.MissingDistance),
                Format.Fixed(total, 3),
                Format.Fixed(run.InitialLoss, 1),
                [
                    new WeightRow("A published number the loss fits", Number(TargetJudgements.Fitted)),
                    new WeightRow("… times this for a univariate Table 2 hazard ratio", Number(TargetJudgements.HazardRatioEmphasis)),
                    new WeightRow("… times this for a p-value", Number(TargetJudgements.PValueEmphasis)),
                    new WeightRow("A number in conflict with a favoured one, with no sign of a misprint", Number(TargetJudgements.Disfavoured)),
                    new WeightRow("A misprint, or a number printed again elsewhere (reported only)", Number(TargetJudgements.NotFitted)),
                    new WeightRow("Each factor entering (or staying out of) the multivariate model", Number(TargetJudgements.Selection)),
                    new WeightRow("Each entered factor being (or not being) significant in it", Number(TargetJudgements.Significance)),
                    new WeightRow($"Tolerance band, on top: a univariate Table 2 HR outside {Number(100 * TargetJudgements.BandMargin * TargetJudgements.HazardRatioTolerance)}% of the published value, a univariate Table 2 p or log-rank p of the text outside {Number(100 * TargetJudgements.BandMargin * TargetJudgements.PValueTolerance)}% (log scale, issue 17's 1% and 10% with a margin), and each selection and significance threshold", Number(TargetJudgements.Band)),
                ]),
            input.Exact.Select(e => new ExactTargetRow(e.Label, Format.Fixed(e.Published, e.Decimals), Format.Fixed(e.Achieved, e.Decimals), e.Holds ? Tick : Cross, e.Source)).ToArray(),
            sections,
            input.Consistency.Select(Consistency).ToArray(),
            input.Targets.Where(t => t.Note.Length > 0)
                .Select(t => new JudgementRow(t.Label, t.Source, Format.Fixed(t.Published, t.Decimals), Number(t.Weight), t.Note))
                .ToArray(),
            Assumptions(run, input));
    }

    /// <summary>The schedule's banded phase, for the report's schedule row (empty when it has none).</summary>
    private static string Banded(AnnealingSchedule schedule) => schedule.BandedIterations > 0
        ? $"; the tolerance bands weigh 0 in the first {Whole(schedule.CoolingIterations)} iterations of a cycle and {Number(schedule.BandPhaseWeight)} in its last {Whole(schedule.BandedIterations)}, which cool again from T = {Number(schedule.BandStartTemperature)} with every chain continuing from the best chain's state; the polish and the choice of the best chain weigh them {Number(TargetJudgements.Band)}"
        : string.Empty;

    private static TargetRow Row(ReconstructionTarget t, double[] achieved, double[] alternative)
    {
        var a = achieved[t.Quantity.Index];
        var decimals = t.IsPValue ? Math.Max(t.Decimals, 4) : t.Decimals;
        var (_, contribution) = ReconstructionLoss.Term(t, a);
        string published, holds, difference;
        if (t.Relation == TargetRelation.Equal)
        {
            published = Format.Fixed(t.Published, t.Decimals);
            holds = !double.IsNaN(a) && Format.Fixed(a, t.Decimals) == published ? Tick : string.Empty;
            difference = Signed(a - t.Published, decimals);
        }
        else
        {
            var above = t.Relation == TargetRelation.Above;
            published = (above ? "> " : "≤ ") + Format.Fixed(t.Published, t.Decimals);
            holds = !double.IsNaN(a) && (above ? a > t.Published : a <= t.Published) ? Tick : Cross;
            difference = string.Empty;
        }

        return new TargetRow(t.Label, published, Format.Fixed(a, decimals), difference, holds, Format.Fixed(alternative[t.Quantity.Index], decimals),
            Number(t.Weight), Format.Fixed(contribution, 2), t.Source, t.Location);
    }

    private static ConsistencyRow Consistency(WaldConsistency c) => new(
        c.Label,
        c.Column,
        c.Printed,
        Format.Fixed(c.Centre, 3),
        Format.Fixed(c.LowerFromUpper, 3),
        SmallP(c.PFromUpper),
        SmallP(c.PFromInterval),
        c.IsConsistent ? "one Wald result"
            : !c.HazardRatioAtCentre && !c.PAgreesWithInterval ? "HR off the interval's centre; p not the interval's"
            : !c.HazardRatioAtCentre ? "HR off the interval's centre"
            : "p not the interval's");

    private static string[] Assumptions(ReconstructionResult run, ReconstructionReportInput input)
    {
        var frankel = input.Results.Factor("frankel_preop");
        var lowGroup = frankel.Survival.Medians[frankel.Factor.ExposureGroup];
        return
        [
            $"Frankel grades (never printed): the search may change them, keeping {Format.Count(run.Space.FrankelLowGroupMin)}–{Format.Count(run.Space.FrankelLowGroupMax)} of {Format.Count(input.Results.Patients)} patients in A–C; the cohort has {Format.Count(lowGroup.Patients)} in A–C ({Format.Count(lowGroup.Deaths)} deaths). Which grade within A–C or D–E a patient has does not enter any published analysis.",
            "Which patients share which characteristics (the paper prints only margins) is found by the search; every Table 1 margin is kept because values only move between patients.",
            "Measured values (age, KPS, MIT, laboratory values, Ki-67, blood loss, operation time) are drawn by the synthesizer on the right side of each cut-point; the analysis sees only their groups, so the search moves whole values between patients.",
            "Observed times lie on a 0.01-month grid within the published range, with the shortest and longest present; the deaths keep the published count.",
            "Synchronous vs asynchronous metastasis is not a Table 2 factor; it keeps the synthesizer's random assignment (6 / 24).",
            "The exposure group of each factor (which HR is above 1) follows the factor definitions; where the paper does not say, they are documented assumptions in the code (PaperFactors).",
        ];
    }

    private static string Signed(double value, int decimals)
    {
        if (double.IsNaN(value))
        {
            return "NA";
        }

        var text = Format.Fixed(Math.Abs(value), decimals);
        return text.Trim('0', '.').Length == 0 ? text : (value < 0 ? "−" : "+") + text;
    }

    private static string SmallP(double p) => p < 0.00005 ? "<0.0001" : Format.Fixed(p, 4);

    private static string Whole(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Whole(ulong value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Number(double value) => Format.Fixed(value, value == Math.Round(value) ? 0 : value * 100 == Math.Round(value * 100) ? 2 : 3);
}
