using SmnpcRepro.Analysis.Published;
using SmnpcRepro.Analysis.Tables;
using SmnpcRepro.Cohort;

namespace SmnpcRepro.Analysis.Tests.Tables;

public sealed class Table1Tests
{
    [Fact]
    public void The_committed_cohort_reproduces_every_published_Table_1_count()
    {
        // Expected: every count printed in the paper's Table 1 (data/published.yaml, table1.characteristics).
        var paper = PublishedPaper.Load(RepositoryPaths.Data("published.yaml"));
        var cohort = CohortCsv.Read(RepositoryPaths.Data("cohort.csv"));
        var table = Table1.Build(cohort.Records);

        Assert.Equal(30, table.Denominator);
        Assert.Equal(paper.Keys("table1.characteristics"), table.Blocks.Select(b => b.PaperKey));
        foreach (var block in table.Blocks)
        {
            Assert.Equal(0, block.Missing);
            foreach (var level in block.Levels)
            {
                var published = paper.Integer($"table1.characteristics.{block.PaperKey}.levels.{level.Key}.count.value");
                Assert.True(published == level.Count, $"{block.PaperKey}/{level.Key}: published {published}, computed {level.Count}");
                Assert.Equal(paper.Text($"table1.characteristics.{block.PaperKey}.levels.{level.Key}.label"), level.Label);
            }

            Assert.Equal(paper.Text($"table1.characteristics.{block.PaperKey}.label"), block.Label);
        }
    }

    [Fact]
    public void Counts_follow_the_cut_points_and_missing_values_are_counted_not_dropped()
    {
        var template = CohortCsv.Read(RepositoryPaths.Data("cohort.csv")).Records[0];
        CohortRecord[] cohort =
        [
            template with { Hb = 10.99, Age = 46 },
            template with { Hb = 11.0, Age = 47 },
            template with { Hb = null, Age = 30 },
        ];

        var table = Table1.Build(cohort);
        var hb = table.Blocks.Single(b => b.Key == "hb");
        Assert.Equal([1, 1], hb.Levels.Select(l => l.Count));
        Assert.Equal(1, hb.Missing);
        var age = table.Blocks.Single(b => b.Key == "age");
        Assert.Equal([2, 1], age.Levels.Select(l => l.Count));
        Assert.Equal((46.0 + 47 + 30) / 3, age.Summary!.Value, 12);
    }
}
