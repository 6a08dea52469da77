using System.Collections.Frozen;

namespace SmnpcRepro.Analysis.Published;

/// <summary>
/// Every number of <c>published.yaml</c>, read from its structure: each Table 1 level's count and
/// percentage and the age summary; each Table 2 cell's HR, limits and P (precision from the printed cell,
/// so <c>0.590</c> keeps its three decimals); and every numeric field of the meta and text entries
/// (<c>value</c>, <c>count</c>, <c>percent</c>, <c>min</c>, <c>values.*</c>, …), taking the precision and
/// any bound from the entry's <c>printed</c> where it prints the number and from the YAML otherwise.
/// Fields that describe rather than print (<c>key</c>, <c>source</c>, <c>value_not_printed</c>, …) are skipped.
/// </summary>
public static class PublishedNumbers
{
    private static readonly FrozenSet<string> Descriptive = new[]
    {
        "key", "printed", "source", "note", "unit", "label", "meaning", "statistic", "statistic_as_printed", "direction", "group",
        "site", "sex", "relation", "p_relation", "comparison", "coding", "value_not_printed", "chemo_implied",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> ResultsSubsections = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["results_patients"] = "Patients' characteristics",
        ["results_surgery"] = "Surgical treatment",
        ["results_survival"] = "Survival",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Reads every published number, in file order.</summary>
    /// <exception cref="InvalidDataException">A Table 1 or Table 2 print that is not a number.</exception>
    public static IReadOnlyList<PublishedNumber> Read(PublishedPaper paper)
    {
        ArgumentNullException.ThrowIfNull(paper);
        var reader = new Reader(paper);
        if (paper.Has("meta"))
        {
            foreach (var key in paper.Keys("meta"))
            {
                reader.Walk($"meta.{key}", PaperSection.Methods, string.Empty, reader.Human(key));
            }
        }

        if (paper.Has("table1.characteristics"))
        {
            reader.Table1();
        }

        if (paper.Has("table2.rows"))
        {
            reader.Table2();
        }

        if (paper.Has("text"))
        {
            foreach (var section in paper.Keys("text"))
            {
                var (paperSection, subsection) = Section(section);
                foreach (var entry in paper.Keys($"text.{section}"))
                {
                    reader.Walk($"text.{section}.{entry}", paperSection, subsection, reader.Human(entry));
                }
            }
        }

        return reader.Numbers;
    }

    private static (PaperSection Section, string Subsection) Section(string textSection) => textSection switch
    {
        "abstract" => (PaperSection.Abstract, string.Empty),
        "introduction" => (PaperSection.Introduction, string.Empty),
        "discussion" => (PaperSection.Discussion, string.Empty),
        "figure1_flow" => (PaperSection.Figure1, string.Empty),
        _ => (PaperSection.ResultsText, ResultsSubsections.TryGetValue(textSection, out var name) ? name : textSection.Replace('_', ' ')),
    };

    private sealed class Reader(PublishedPaper paper)
    {
        public List<PublishedNumber> Numbers { get; } = [];

        public void Table1()
        {
            foreach (var block in paper.Keys("table1.characteristics"))
            {
                var path = $"table1.characteristics.{block}";
                var label = paper.TryText($"{path}.label") ?? block;
                if (paper.TryText($"{path}.summary.printed") is { } summary && PrintedNumber.FindIn(summary) is { } number)
                {
                    Add($"{path}.summary", PaperSection.Table1, string.Empty, $"{label}, {paper.TryText($"{path}.summary.statistic") ?? "summary"}", number);
                }

                if (!paper.Has($"{path}.levels"))
                {
                    continue;
                }

                foreach (var level in paper.Keys($"{path}.levels"))
                {
                    var levelPath = $"{path}.levels.{level}";
                    var levelLabel = paper.TryText($"{levelPath}.label") ?? level;
                    foreach (var (field, suffix) in new[] { ("count", "n"), ("percent", "%") })
                    {
                        if (paper.Has($"{levelPath}.{field}"))
                        {
                            Add($"{levelPath}.{field}", PaperSection.Table1, string.Empty, $"{label}, {levelLabel}, {suffix}", Print($"{levelPath}.{field}"));
                        }
                    }
                }
            }
        }

        public void Table2()
        {
            foreach (var row in paper.Keys("table2.rows"))
            {
                var label = paper.TryText($"table2.rows.{row}.label") ?? row;
                foreach (var column in new[] { "univariate", "multivariate" })
                {
                    var path = $"table2.rows.{row}.{column}";
                    if (paper.TryText($"{path}.printed") is not { } cell)
                    {
                        continue;
                    }

                    HazardRatioEstimate estimate;
                    try
                    {
                        estimate = HazardRatioEstimate.Parse(cell, paper.TryText($"{path}.p_printed"));
                    }
                    catch (FormatException e)
                    {
                        throw new InvalidDataException($"{paper.Source}: error: '{path}': {e.Message}", e);
                    }

                    Add($"{path}.hr", PaperSection.Table2, string.Empty, $"{label}, {column} HR", estimate.HazardRatio);
                    Add($"{path}.ci_low", PaperSection.Table2, string.Empty, $"{label}, {column} HR, lower 95% limit", estimate.Lower);
                    Add($"{path}.ci_high", PaperSection.Table2, string.Empty, $"{label}, {column} HR, upper 95% limit", estimate.Upper);
                    if (estimate.P is { } p)
                    {
                        Add($"{path}.p", PaperSection.Table2, string.Empty, $"{label}, {column} P", p);
                    }
                }
            }
        }

        /// <summary>Every number under a meta or text entry: its <c>value</c> (printed precision where the entry prints it) and its other numeric fields.</summary>
        public void Walk(string path, PaperSection section, string subsection, string name)
        {
            if (paper.TryText(path) is { } scalar)
            {
                if (PrintedNumber.TryParse(scalar, out var number))
                {
                    Add(path, section, subsection, name, number);
                }

                return;
            }

            var keys = paper.Keys(path);
            foreach (var key in keys.Where(k => !Descriptive.Contains(k)))
            {
                var child = $"{path}.{key}";
                var childName = key is "value" or "values" ? name : $"{name}, {Human(key)}";
                if (key == "value" && paper.TryText(child) is { } value && PrintedNumber.TryParse(value, out var raw))
                {
                    Add(child, section, subsection, name, Bound(ValuePrint(path, raw), paper.TryText($"{path}.relation")));
                }
                else if (paper.TryText(child) is { } text && PrintedNumber.TryParse(text, out var field))
                {
                    Add(child, section, subsection, childName, Bound(field, paper.TryText($"{path}.{key}_relation")));
                }
                else
                {
                    Walk(child, section, subsection, childName);
                }
            }
        }

        /// <summary>A Table 2 row's label for a factor key (the YAML's <c>values.kps_preop</c> reads "Preoperative KPS"), else the key with spaces.</summary>
        public string Human(string key) =>
            paper.TryText($"table2.rows.{key}.label") ?? key.Replace('_', ' ');

        private void Add(string path, PaperSection section, string subsection, string name, PrintedNumber printed) =>
            Numbers.Add(new PublishedNumber(path, section, subsection, name, Source(path), printed));

        /// <summary>The print of a Table 1 cell: its <c>printed</c>, else its <c>value</c>.</summary>
        private PrintedNumber Print(string path)
        {
            var text = paper.TryText($"{path}.printed") ?? paper.TryText($"{path}.value") ?? paper.TryText(path);
            return PrintedNumber.TryParse(text, out var number)
                ? number
                : throw new InvalidDataException($"{paper.Source}: error: '{path}' is '{text}', not a printed number.");
        }

        /// <summary>
        /// The print of an entry's <c>value</c>: the entry's <c>printed</c> when it is that number alone
        /// (<c>'0.0900'</c>) or prints it in a phrase (<c>(p&gt;0.1)</c>, <c>The median OS was 20.26</c>);
        /// else the value as the YAML writes it.
        /// </summary>
        private PrintedNumber ValuePrint(string path, PrintedNumber raw)
        {
            var printed = paper.TryText($"{path}.printed");
            if (PrintedNumber.TryParse(printed, out var whole))
            {
                return whole;
            }

            return printed is not null && PrintedNumber.FindIn(printed) is { } inPhrase && inPhrase.Value == raw.Value ? inPhrase : raw;
        }

        /// <summary>Applies a YAML <c>relation</c> (<c>&gt;</c>, <c>&lt;</c>) to a print that carries none.</summary>
        private static PrintedNumber Bound(PrintedNumber number, string? relation) =>
            relation is null || number.Relation != PrintedRelation.Equal ? number : PrintedNumber.Parse(relation + number.Digits);

        /// <summary>The nearest <c>source</c> at or above <paramref name="path"/>; Figure 1's boxes carry none.</summary>
        private string Source(string path)
        {
            var segments = path.Split('.');
            for (var length = segments.Length; length > 0; length--)
            {
                if (paper.TryText(string.Join('.', segments[..length]) + ".source") is { } source)
                {
                    return source;
                }
            }

            return segments.Length > 1 && segments[1] == "figure1_flow" ? "Figure 1" : string.Empty;
        }
    }
}
