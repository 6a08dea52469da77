// The build, in the order a reader of the paper cares about: compile, prove the numbers, write the paper.
//   dotnet tool restore && dotnet cake                       Build → Test → Manuscript → Check (default)
//   dotnet cake --target=Manuscript --exclusive             regenerate manuscript/ only
// No #addin or #tool: everything here ships with Cake.Tool, so the build needs no network at run time.

var target = Argument("target", "Default");
var configuration = Argument("configuration", "Release");
var solution = "./SmnpcRepro.sln";
var cli = "./src/SmnpcRepro.Cli/SmnpcRepro.Cli.csproj";

Task("Build")
    .Description("Compile every project (the source generator turns data/cohort.dictionary.csv into typed records).")
    .Does(() =>
{
    DotNetBuild(solution, new DotNetBuildSettings { Configuration = configuration });
});

Task("Test")
    .Description("Run every test: R reference values, snapshots of the published numbers, bad-input behaviour.")
    .IsDependentOn("Build")
    .Does(() =>
{
    DotNetTest(solution, new DotNetTestSettings { Configuration = configuration, NoBuild = true });
});

Task("Manuscript")
    .Description("Regenerate manuscript/ from data/ through the analysis and the templates (smnpc build).")
    .IsDependentOn("Test")
    .Does(() =>
{
    DotNetRun(cli, new ProcessArgumentBuilder().Append("build"), new DotNetRunSettings { Configuration = configuration, NoBuild = true });
});

Task("Check")
    .Description("The drift gate: every number the manuscript prints is what the data give (smnpc check).")
    .IsDependentOn("Manuscript")
    .Does(() =>
{
    DotNetRun(cli, new ProcessArgumentBuilder().Append("check"), new DotNetRunSettings { Configuration = configuration, NoBuild = true });
});

Task("Default")
    .IsDependentOn("Check");

RunTarget(target);
