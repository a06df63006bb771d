using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace MashSim.Web;

/// <summary>The page and its assets, served from the assembly: the app works with no network and nothing beside it.</summary>
internal static class PageEndpoints
{
    private const string Prefix = "MashSim.Web.Assets.";

    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".svg"] = "image/svg+xml",
    };

    /// <summary>The assets by file name: only what was compiled in can be asked for.</summary>
    private static readonly Dictionary<string, byte[]> Assets = typeof(PageEndpoints).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
        .ToDictionary(n => n[Prefix.Length..], Read, StringComparer.Ordinal);

    public static void Map(WebApplication app)
    {
        app.MapGet("/", () => Asset("index.html"));
        app.MapGet("/assets/{name}", (string name) => Asset(name));
    }

    private static IResult Asset(string name)
    {
        if (!Assets.TryGetValue(name, out var bytes)) return Results.NotFound();
        string type = ContentTypes.GetValueOrDefault(Path.GetExtension(name), "application/octet-stream");
        return Results.Bytes(bytes, type);
    }

    private static byte[] Read(string resource)
    {
        using var stream = typeof(PageEndpoints).Assembly.GetManifestResourceStream(resource)!;
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
