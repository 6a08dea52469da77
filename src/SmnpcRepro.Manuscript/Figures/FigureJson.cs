using System.Text.Encodings.Web;
using System.Text.Json;

namespace SmnpcRepro.Manuscript.Figures;

/// <summary>A figure's data as indented JSON (what is drawn, for reviewers and drift checks), invariant numbers.</summary>
public static class FigureJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    /// <summary>Serialises <paramref name="figure"/>.</summary>
    public static string Serialize(SurvivalFigure figure) => JsonSerializer.Serialize(figure, Options) + "\n";

    /// <summary>Serialises <paramref name="figure"/>.</summary>
    public static string Serialize(ForestFigure figure) => JsonSerializer.Serialize(figure, Options) + "\n";
}
