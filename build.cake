// The author's loop: regenerate, then judge.
//   dotnet tool restore && dotnet cake        Build → Manuscript → Test → Check (default)
// A data edit needs nothing else: Manuscript rewrites manuscript/ (and manuscript/changes.md says what moved),
// Test runs the code's tests (frozen inputs under tests/, never the live data), Check is CI's drift gate.
// Settings (conventions profile, bootstrap, the data's provenance) come from data/study.yaml, never from here.
// No #addin or #tool: everything here ships with Cake.Tool, so the build needs no network at run time.

var target = Argument("target", "Default");
var configuration = Argument("configuration", "Release");
// Tests read frozen inputs (tests/Fixtures/), never data/: when no code, test or template changed since the last
// green test run, a data edit cannot change their outcome, so Test is skipped (the stamp is git-ignored).
// --force-tests runs them anyway; CI (.ci/run) always runs them.
var forceTests = HasArgument("force-tests");
var testStamp = File("./artifacts/tests-passed.stamp");
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
    var fingerprint = CodeFingerprint();
    if (!forceTests && System.IO.File.Exists(testStamp) && System.IO.File.ReadAllText(testStamp).Trim() == fingerprint)
    {
        Information($"Tests skipped: no code, test or template changed since they last passed (code {fingerprint[..12]}); the data are not their input. --force-tests runs them.");
        return;
    }

    DotNetTest(solution, new DotNetTestSettings { Configuration = configuration, NoBuild = true });
    System.IO.Directory.CreateDirectory("./artifacts");
    System.IO.File.WriteAllText(testStamp, fingerprint + "\n");
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

// SHA-256 over every file the tests depend on: code, tests (with their frozen inputs), templates, build settings,
// and the data dictionary the generator compiles. data/cohort.csv and data/study.yaml are not among them.
string CodeFingerprint()
{
    var roots = new[] { "src", "generators", "tests", "manuscript/templates" };
    var files = roots.Where(System.IO.Directory.Exists)
        .SelectMany(r => System.IO.Directory.EnumerateFiles(r, "*", System.IO.SearchOption.AllDirectories))
        .Concat(new[] { "Directory.Build.props", "Directory.Packages.props", "global.json", "SmnpcRepro.sln" }.Where(System.IO.File.Exists))
        .Concat(System.IO.Directory.EnumerateFiles("data", "*.dictionary.csv"))
        .Select(f => f.Replace('\\', '/'))
        .Where(f => !f.Contains("/bin/") && !f.Contains("/obj/") && !f.Contains("/__mismatch__/") && !f.Contains("/TestResults/"))
        .OrderBy(f => f, StringComparer.Ordinal);
    using var sha = System.Security.Cryptography.SHA256.Create();
    using var all = new System.IO.MemoryStream();
    foreach (var f in files)
    {
        var name = System.Text.Encoding.UTF8.GetBytes(f + "\0");
        all.Write(name, 0, name.Length);
        var content = sha.ComputeHash(System.IO.File.ReadAllBytes(f));
        all.Write(content, 0, content.Length);
    }

    return Convert.ToHexString(sha.ComputeHash(all.ToArray())).ToLowerInvariant();
}
