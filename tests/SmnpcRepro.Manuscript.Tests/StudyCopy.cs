using System.Text.RegularExpressions;

namespace SmnpcRepro.Manuscript.Tests;

/// <summary>
/// A study laid out as the repository lays it, in a temporary folder: the frozen inputs of
/// tests/Fixtures/study/ as data/ (with its study.yaml) and the templates as manuscript/templates/.
/// </summary>
internal static class StudyCopy
{
    /// <summary>Copies the frozen study and the templates under <paramref name="root"/>.</summary>
    public static void Into(string root)
    {
        var data = Path.Combine(root, "data");
        Directory.CreateDirectory(data);
        foreach (var file in Directory.GetFiles(RepositoryPaths.FrozenStudy))
        {
            if (!string.Equals(Path.GetFileName(file), "README.md", StringComparison.Ordinal))
            {
                File.Copy(file, Path.Combine(data, Path.GetFileName(file)));
            }
        }

        var templates = Path.Combine(root, "manuscript", "templates");
        Directory.CreateDirectory(templates);
        foreach (var file in Directory.GetFiles(RepositoryPaths.Templates))
        {
            File.Copy(file, Path.Combine(templates, Path.GetFileName(file)));
        }
    }

    /// <summary>Sets <paramref name="key"/> of the copy's data/study.yaml to <paramref name="value"/> (the key must be there).</summary>
    public static void Set(string root, string key, string value)
    {
        var path = Path.Combine(root, "data", "study.yaml");
        var text = File.ReadAllText(path);
        var pattern = new Regex($"^(\\s*{Regex.Escape(key)}:) .*$", RegexOptions.Multiline, TimeSpan.FromSeconds(1));
        if (!pattern.IsMatch(text))
        {
            throw new InvalidOperationException($"data/study.yaml has no key '{key}'.");
        }

        File.WriteAllText(path, pattern.Replace(text, m => $"{m.Groups[1].Value} {value}"));
    }
}
