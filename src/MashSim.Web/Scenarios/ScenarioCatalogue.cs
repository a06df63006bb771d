using System.Collections.Concurrent;
using MashSim.Experiments.Scenarios;
using MashSim.Experiments.Scenarios.Editing;
using MashSim.Experiments.Scenarios.Limits;
using YamlDotNet.RepresentationModel;

namespace MashSim.Web.Scenarios;

/// <summary>The scenarios a page may run: the shipped ones (by name, never by path) and those uploaded, held in memory.</summary>
/// <remarks>
/// A request names a scenario by an id this catalogue made, so no text from a request becomes a path. An upload is
/// never written to disk; its <c>extends</c> may name only a shipped scenario, so it cannot reach another file.
/// </remarks>
public sealed class ScenarioCatalogue(ServeOptions options)
{
    public const string BuiltInId = "built-in";

    private readonly ConcurrentDictionary<string, Upload> _uploads = new(StringComparer.Ordinal);
    private readonly object _forgetting = new();
    private readonly object _shippedGate = new();
    private (string Signature, Dictionary<string, LoadedScenario?> Loaded) _shipped = ("", []);
    private long _uploaded;

    /// <summary>One scenario text a user uploaded: the session (browser) that sent it, the name shown in messages, the text, and its place in upload order.</summary>
    private sealed record Upload(string Session, string Name, string Text, long Order);

    /// <summary>A scenario on offer: its id, and the argument that names it on the command line (none for the built-in one).</summary>
    public sealed record Choice(string Id, string? CommandLineArgument, bool Uploaded);

    /// <summary>The shipped scenarios, by file name, sorted; the built-in one first.</summary>
    public IReadOnlyList<Choice> Shipped()
    {
        var files = Directory.Exists(options.ScenarioFolder)
            ? Directory.GetFiles(options.ScenarioFolder, "*.yaml", SearchOption.TopDirectoryOnly).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)
            : Enumerable.Empty<string>();
        return [new Choice(BuiltInId, null, false), .. files.Select(f => new Choice(Path.GetFileNameWithoutExtension(f), Path.Combine(options.ScenarioFolder, f), false))];
    }

    /// <summary>The scenario with this id, or null when there is none (a shipped name, the built-in one, or an upload).</summary>
    public Choice? Find(string id)
    {
        if (_uploads.TryGetValue(id, out var upload)) return new Choice(id, upload.Name, true);
        return Shipped().FirstOrDefault(c => c.Id == id);
    }

    /// <summary>Loads a scenario on offer with <paramref name="edits"/>; throws <see cref="ScenarioException"/> as <c>mashsim validate</c> would.</summary>
    public LoadedScenario Load(Choice choice, IReadOnlyList<ScenarioEdit> edits)
    {
        if (choice.Uploaded)
        {
            var upload = _uploads[choice.Id];
            return ScenarioLoader.LoadText(upload.Text, upload.Name, Path.GetFullPath(options.ScenarioFolder), edits);
        }
        return choice.CommandLineArgument is null ? ScenarioLoader.LoadDefault(edits) : ScenarioLoader.Load(choice.CommandLineArgument, edits);
    }

    /// <summary>A shipped scenario as its file says, with no edits, or null when it does not load (validate says why).</summary>
    /// <remarks>
    /// Kept while the scenario folder is unchanged: listing the scenarios loaded and validated every file on every request
    /// (a quarter of a second of CPU each), and a hundred pages asking at once kept both cores busy for 20 s. Any file of the
    /// folder added, removed or changed (its name, size or write time) loads them all again, so a trainer's edit still shows
    /// and a scenario that extends an edited one is read again too.
    /// </remarks>
    public LoadedScenario? LoadShipped(Choice choice)
    {
        string signature = FolderSignature();
        lock (_shippedGate)
        {
            if (_shipped.Signature != signature) _shipped = (signature, []);
            if (!_shipped.Loaded.TryGetValue(choice.Id, out var loaded))
            {
                try
                {
                    loaded = Load(choice, []);
                }
                catch (ScenarioException)
                {
                    loaded = null;
                }
                _shipped.Loaded[choice.Id] = loaded;
            }
            return loaded;
        }
    }

    /// <summary>Every file under the scenario folder with its size and write time: a listing, not a read, so cheap to take per request.</summary>
    private string FolderSignature() =>
        Directory.Exists(options.ScenarioFolder)
            ? string.Join('\n', new DirectoryInfo(options.ScenarioFolder).EnumerateFiles("*", SearchOption.AllDirectories)
                .Select(f => $"{f.FullName}|{f.Length}|{f.LastWriteTimeUtc.Ticks}").Order(StringComparer.Ordinal))
            : "";

    /// <summary>Validates an uploaded scenario and keeps it; throws <see cref="ScenarioException"/> with the file, line and field of every problem.</summary>
    public (Choice Choice, LoadedScenario Loaded) AddUpload(string session, string fileName, string text)
    {
        string name = SafeName(fileName);
        CheckExtends(text, name);
        var loaded = ScenarioLoader.LoadText(text, name, Path.GetFullPath(options.ScenarioFolder));
        string id = "upload-" + Guid.NewGuid().ToString("N");
        lock (_forgetting)
        {
            _uploads[id] = new Upload(session, name, text, ++_uploaded);
            // A session forgets its own oldest upload first, so no page can push out another's. Past the app's cap (memory),
            // a session holding the most gives way: one that uploads in bulk loses its own before a trainer's few go.
            var own = _uploads.Where(u => u.Value.Session == session).OrderByDescending(u => u.Value.Order).Skip(options.KeptUploadsPerSession);
            foreach (var old in own.ToList()) _uploads.TryRemove(old.Key, out _);
            while (_uploads.Count > options.KeptUploads)
            {
                var held = _uploads.Values.CountBy(u => u.Session).ToDictionary();
                int most = held.Values.Max();
                _uploads.TryRemove(_uploads.Where(u => held[u.Value.Session] == most).MinBy(u => u.Value.Order).Key, out _);
            }
        }
        return (new Choice(id, name, true), loaded);
    }

    /// <summary>The uploaded file's own name, reduced to letters, digits, dots, dashes and underscores: it is only ever shown, never opened.</summary>
    public static string SafeName(string fileName)
    {
        string last = fileName.Replace('\\', '/').Split('/').LastOrDefault() ?? "";
        string safe = new(last.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '-').ToArray());
        safe = safe.Trim('.', '-');
        return safe.Length is > 0 and <= 100 ? safe : "uploaded-scenario.yaml";
    }

    /// <summary>An upload may build on a shipped scenario by its file name, and on nothing else.</summary>
    private void CheckExtends(string text, string name)
    {
        // The same bounds as any scenario first, so an alias bomb is refused before it is expanded here.
        YamlInputLimits.Check(text, name);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (Exception e) when (YamlInputLimits.IsParserFailure(e))
        {
            return; // Not YAML: the loader reports where, as validate does.
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root) return;
        if (!root.Children.TryGetValue(new YamlScalarNode("extends"), out var node)) return;
        string? value = (node as YamlScalarNode)?.Value;
        bool shipped = value is { Length: > 0 } && Shipped().Any(c => c.CommandLineArgument is { } file && Path.GetFileName(file) == value);
        if (!shipped)
        {
            throw new ScenarioException([new ScenarioError(name, (int)node.Start.Line, (int)node.Start.Column, "extends",
                $"an uploaded scenario may extend only a shipped scenario, by its file name ({string.Join(", ", Shipped().Skip(1).Take(3).Select(c => Path.GetFileName(c.CommandLineArgument)))}, ...)")]);
        }
    }
}
