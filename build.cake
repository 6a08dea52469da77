// The author's loop: regenerate, then judge.
//   dotnet tool restore && dotnet cake        Build → Manuscript → Test → Check (default)
// A data edit needs nothing else: Manuscript rewrites manuscript/ (and manuscript/changes.md says what moved),
// Test runs the code's tests (frozen inputs under tests/, never the live data), Check is CI's drift gate.
// Settings (conventions profile, bootstrap, the data's provenance) come from data/study.yaml, never from here.
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

Task("Manuscript")
    .Description("Regenerate manuscript/ from data/ under data/study.yaml (smnpc build); prints and writes manuscript/changes.md.")
    .IsDependentOn("Build")
    .Does(() =>
{
    DotNetRun(cli, new ProcessArgumentBuilder().Append("build"), new DotNetRunSettings { Configuration = configuration, NoBuild = true });
});

Task("Test")
    .Description("Run every test: R reference values, snapshots of code output on frozen inputs, bad-input behaviour.")
    .IsDependentOn("Manuscript")
    .Does(() =>
{
    DotNetTest(solution, new DotNetTestSettings { Configuration = configuration, NoBuild = true });
});

Task("Check")
    .Description("The drift gate: every generated file is what a fresh build makes (smnpc check).")
    .IsDependentOn("Test")
    .Does(() =>
{
    DotNetRun(cli, new ProcessArgumentBuilder().Append("check"), new DotNetRunSettings { Configuration = configuration, NoBuild = true });
});

Task("Default")
    .IsDependentOn("Check");

RunTarget(target);
