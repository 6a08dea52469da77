namespace SmnpcRepro.Manuscript;

/// <summary>One file of the rebuilt manuscript, in memory: its path under <c>manuscript/</c> and its text.</summary>
public sealed record ManuscriptDocument(string RelativePath, string Content);
