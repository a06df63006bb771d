using System.Collections.Concurrent;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using MashSim.Experiments.Scenarios;
using MashSim.Web.Jobs;
using MashSim.Web.Replay;
using MashSim.Web.Outcomes;
using MashSim.Web.Scenarios;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace MashSim.Web;

/// <summary>The API the page calls: scenarios and their controls, uploads, runs with progress and cancel, results, files, the zip and the replay.</summary>
/// <remarks>
/// Bad input gets a 400 whose <c>errors</c> are the command line's own lines (file:line:column: field: message).
/// Files are named by a run's id and a name found in its folder's listing, never by a path from the request.
/// </remarks>
internal static class ApiEndpoints
{
    private static readonly ConcurrentDictionary<(string Job, int Day), ReplayData> Replays = new();
    private const int KeptReplays = 16;

    public static void Map(WebApplication app)
    {
        app.MapGet("/api/scenarios", (ScenarioCatalogue catalogue) =>
            catalogue.Shipped().Select(c => Describe(catalogue, c, withControls: false)).OfType<object>().ToArray());

        app.MapGet("/api/scenarios/{id}", (string id, ScenarioCatalogue catalogue) =>
            catalogue.Find(id) is { } choice && Describe(catalogue, choice, withControls: true) is { } described ? Results.Ok(described)
                : NotFound($"no scenario is called '{id}': /api/scenarios lists those on offer."));

        app.MapPost("/api/uploads", async (HttpContext context, ScenarioCatalogue catalogue, ServeOptions options) =>
        {
            // A YAML type, as the page sends: text/plain, a form's types or none would be a "simple" request that a page of
            // another site may send without a CORS preflight (and so without this server's leave).
            string? type = context.Request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
            if (type is not ("text/yaml" or "application/yaml" or "application/x-yaml" or "text/x-yaml"))
                return Refused($"a scenario is uploaded as text/yaml, not {type ?? "with no Content-Type"}.", StatusCodes.Status415UnsupportedMediaType);
            if (context.Request.ContentLength > options.MaxUploadBytes) return TooLarge(options);
            var buffer = new MemoryStream();
            var chunk = new byte[16 * 1024];
            int read;
            while ((read = await context.Request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > options.MaxUploadBytes) return TooLarge(options);
            }
            string text;
            try
            {
                text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(buffer.ToArray());
                // A byte-order mark (Windows editors write one) is dropped as the command line's reader drops it: it was read as part of the first key.
                if (text.StartsWith('\uFEFF')) text = text[1..];
            }
            catch (DecoderFallbackException)
            {
                return Refused("the file is not UTF-8 text; a scenario is a YAML text file");
            }
            try
            {
                var (choice, loaded) = catalogue.AddUpload(WebApp.Session(context), context.Request.Query["name"].ToString() is { Length: > 0 } n ? n : "uploaded-scenario.yaml", text);
                return Results.Ok(Describe(choice, loaded, withControls: true));
            }
            catch (ScenarioException e)
            {
                return Invalid(e);
            }
        });

        app.MapPost("/api/check", (HttpContext context, RunRequest? request, ScenarioCatalogue catalogue, JobQueue queue, ServeOptions options) =>
            Prepare(context, request, catalogue, queue, options, out var job) is { } error ? error : Results.Ok(new { commandLine = job!.CommandLine, compareCommandLine = job.ComparisonCommandLine }));

        app.MapPost("/api/runs", (HttpContext context, RunRequest? request, ScenarioCatalogue catalogue, JobQueue queue, ServeOptions options) =>
        {
            if (Prepare(context, request, catalogue, queue, options, out var job) is { } error) return error;
            return queue.Submit(job!) switch
            {
                JobQueue.Admission.SessionBusy => Refused("this page already has a run waiting or going: wait for it or cancel it first.", StatusCodes.Status409Conflict),
                JobQueue.Admission.Full => Refused($"the app is busy: {options.MaxWaiting} runs are already waiting. Try again in a few minutes.", StatusCodes.Status503ServiceUnavailable),
                _ => Results.Accepted($"/api/runs/{job!.Id}", Status(job, queue)),
            };
        });

        app.MapGet("/api/runs/{id}", (string id, JobQueue queue) =>
        {
            if (queue.Find(id) is not { } job) return NoRun(id);
            job.Touch();
            return Results.Ok(Status(job, queue, withResult: true));
        });

        app.MapGet("/api/runs/{id}/progress", async (HttpContext context, string id, JobQueue queue) =>
        {
            if (queue.Find(id) is not { } job)
            {
                await NoRun(id).ExecuteAsync(context);
                return;
            }
            context.Response.ContentType = "text/event-stream";
            context.Response.Headers.CacheControl = "no-cache";
            try
            {
                while (!context.RequestAborted.IsCancellationRequested)
                {
                    job.Touch();
                    await context.Response.WriteAsync($"data: {JsonSerializer.Serialize(Status(job, queue), WebApp.Json)}\n\n", context.RequestAborted);
                    await context.Response.Body.FlushAsync(context.RequestAborted);
                    if (job.Ended) break;
                    await Task.Delay(250, context.RequestAborted);
                }
            }
            catch (OperationCanceledException)
            {
                // The page went away; the abandon watch stops the run if it does not come back.
            }
        });

        app.MapPost("/api/runs/{id}/cancel", (HttpContext context, string id, JobQueue queue) =>
        {
            if (queue.Find(id) is not { } job) return NoRun(id);
            if (job.Session != WebApp.Session(context)) return Refused("only the page that started a run can stop it.", StatusCodes.Status403Forbidden);
            if (queue.Cancel(job, "cancelled from the page") == JobQueue.Stop.TooLate)
                return Refused("too late to cancel: the run is done and its results are being written.", StatusCodes.Status409Conflict);
            return Results.Ok(Status(job, queue));
        });

        app.MapGet("/api/runs/{id}/files/{**name}", (string id, string name, JobQueue queue) =>
        {
            if (queue.Find(id) is not { } job) return NoRun(id);
            if (job.Folder is not { } folder) return NoFilesYet(id);
            // Only a file the folder's listing names: the request's text is compared, never opened as a path.
            string? match = Listing(folder).FirstOrDefault(f => f == name);
            if (match is null && job.ComparisonFolder is { } comparison && name.StartsWith("comparison/", StringComparison.Ordinal))
            {
                string inside = name["comparison/".Length..];
                match = Listing(comparison).FirstOrDefault(f => f == inside) is { } found ? Path.Combine(comparison, found) : null;
                return match is null ? NoFile(name) : OnDisk(match);
            }
            return match is null ? NoFile(name) : OnDisk(Path.Combine(folder, match));
        });

        app.MapGet("/api/runs/{id}/zip", (string id, JobQueue queue) =>
        {
            if (queue.Find(id) is not { } job) return NoRun(id);
            if (job.Folder is not { } folder) return NoFilesYet(id);
            // Built in a temporary file that goes when it is closed, not in memory: a long run's event log is gigabytes,
            // past what one MemoryStream holds, and each page asking at once would have held its own copy.
            var zip = new FileStream(Path.Combine(Path.GetTempPath(), $"mashsim-zip-{Guid.NewGuid():N}.zip"), FileMode.CreateNew, FileAccess.ReadWrite,
                FileShare.None, bufferSize: 1 << 16, FileOptions.DeleteOnClose);
            try
            {
                ZipFile.CreateFromDirectory(folder, zip, CompressionLevel.Fastest, includeBaseDirectory: true);
            }
            catch
            {
                zip.Dispose();
                throw;
            }
            zip.Position = 0;
            return Results.File(zip, "application/zip", Path.GetFileName(folder) + ".zip");
        });

        app.MapGet("/api/runs/{id}/replay", (string id, int? day, JobQueue queue) =>
        {
            if (queue.Find(id) is not { } job) return NoRun(id);
            if (job.Folder is not { } folder) return NoFilesYet(id);
            string events = Path.Combine(folder, Outputs.EventLog.EventLogFile.FileName);
            if (!File.Exists(events)) return NoFile(Outputs.EventLog.EventLogFile.FileName);
            var run = job.Loaded.Scenario.Run;
            // By default the first Monday after the warm-up: a working week from its start is what a room recognises.
            int first = day ?? Enumerable.Range(run.WarmupDays, 7).FirstOrDefault(d => d < run.HorizonDays && run.Start.AddDays(d).DayOfWeek == DayOfWeek.Monday, run.WarmupDays);
            if (first < 0 || first > run.HorizonDays - 1)
                return Refused($"day must be between 0 and {run.HorizonDays - 1}, the days the run simulated.");
            int days = Math.Min(7, run.HorizonDays - first);
            // A few weeks are kept for pages that go back to them; the log is read again for any other.
            if (Replays.Count >= KeptReplays) Replays.Clear();
            return Results.Ok(Replays.GetOrAdd((job.Id, first), _ => WeekReplay.Build(events, job.Loaded, first, days)));
        });
    }

    /// <summary>Loads and checks what a page asks to run, as <c>mashsim run</c> would; the job to queue, or the 400 saying why not.</summary>
    private static IResult? Prepare(HttpContext context, RunRequest? request, ScenarioCatalogue catalogue, JobQueue queue, ServeOptions options, out Job? job)
    {
        job = null;
        // Taken as optional so that a body of null (or none) is answered here in the page's terms, not the framework's.
        if (request is null) return Refused("the body must be a JSON object, e.g. {\"scenario\": \"built-in\", \"replications\": 5}.");
        string session = WebApp.Session(context);
        LoadedScenario loaded;
        Job? baseline = null;
        try
        {
            loaded = request.Load(catalogue, options);
            if (request.Baseline is { } baselineId)
            {
                baseline = queue.Find(baselineId);
                if (baseline is null || baseline.Session != session || baseline.Result is null)
                    throw new RequestException("the baseline is not a finished run of this page; run it again and keep it.");
                var (b, n) = (baseline.Loaded.File.Run, loaded.File.Run);
                if (b.Replications != n.Replications || b.Seed != n.Seed)
                    throw new RequestException($"a comparison pairs replication with replication: run with the baseline's {b.Replications} replications and seed {b.Seed} (yours: {n.Replications}, seed {n.Seed}).");
                if (Experiments.Comparison.ScenarioComparison.WhyNotComparable([baseline.Loaded, loaded]) is { } notComparable)
                    throw new RequestException($"a comparison measures both runs over the same period: {notComparable}");
            }
        }
        catch (ScenarioException e)
        {
            return Invalid(e);
        }
        catch (RequestException e)
        {
            return Refused(e.Message);
        }
        var choice = catalogue.Find(request.Scenario)!;
        job = new Job(session, loaded, request.CommandLine(choice, options.Launcher), baseline) { Request = request, Choice = choice };
        if (baseline is not null)
            job.ComparisonCommandLine = CompareCommandLine.Of(baseline.Request, request, choice, catalogue.Load(choice, []), options.Launcher);
        return null;
    }

    /// <summary>A refusal in the one shape every answer but a success takes, <c>{"errors": [why]}</c>, with its status (400 unless given).</summary>
    private static IResult Refused(string why, int status = StatusCodes.Status400BadRequest) => Results.Json(new { errors = new[] { why } }, statusCode: status);

    /// <summary>404 saying what is not there, as the API's other refusals say why.</summary>
    private static IResult NotFound(string why) => Refused(why, StatusCodes.Status404NotFound);

    private static IResult NoRun(string id) =>
        NotFound($"no run '{id}' here: serve knows the runs started since it last started, less the oldest ended ones; an earlier run's folder stays in the results folder.");

    private static IResult NoFilesYet(string id) => NotFound($"run '{id}' has no files yet: they are written when it is done.");

    private static IResult NoFile(string name) => NotFound($"the run's folder has no file '{name}': its status lists the files it has.");

    private static IResult TooLarge(ServeOptions options) =>
        Refused($"the file is larger than {options.MaxUploadBytes / 1024} kB; a scenario is a few kilobytes of YAML.", StatusCodes.Status413PayloadTooLarge);

    /// <summary>400 with every problem as <c>mashsim validate</c> prints it.</summary>
    private static IResult Invalid(ScenarioException e) =>
        Results.BadRequest(new { errors = e.Errors.Select(p => p.ToString()).ToArray() });

    private static object? Describe(ScenarioCatalogue catalogue, ScenarioCatalogue.Choice choice, bool withControls)
    {
        try
        {
            // A shipped one is loaded once while its folder is unchanged.
            var loaded = choice.Uploaded ? catalogue.Load(choice, []) : catalogue.LoadShipped(choice);
            return loaded is null ? null : Describe(choice, loaded, withControls);
        }
        catch (ScenarioException)
        {
            return null; // A shipped file that does not load is left off the page (validate says why).
        }
    }

    private static object Describe(ScenarioCatalogue.Choice choice, LoadedScenario loaded, bool withControls)
    {
        var citations = loaded.Provenance.Where(p => p.Kind == ProvenanceKind.Source && p.Citation is { Length: > 0 })
            .Select(p => p.Citation!).Distinct().Take(12).ToArray();
        // Counted as validate counts them: the file's own figures, and apart those taken from the built-in defaults.
        var kinds = loaded.Provenance.Where(p => !p.IsBuiltInDefault).GroupBy(p => p.Kind).ToDictionary(g => g.Key.ToString().ToLowerInvariant(), g => g.Count());
        kinds["defaults"] = loaded.Provenance.Count(p => p.IsBuiltInDefault);
        return new
        {
            id = choice.Id,
            name = loaded.Scenario.Name,
            description = loaded.Scenario.Description,
            file = choice.CommandLineArgument,
            uploaded = choice.Uploaded,
            figures = kinds,
            sources = citations,
            controls = withControls ? ScenarioControl.Of(loaded) : null,
        };
    }

    private static object Status(Job job, JobQueue queue, bool withResult = false) => new
    {
        id = job.Id,
        state = job.State.ToString().ToLowerInvariant(),
        completed = job.Completed,
        total = job.Total,
        position = queue.Position(job),
        error = job.Error,
        commandLine = job.CommandLine,
        compareCommandLine = job.ComparisonCommandLine,
        result = withResult && job.State == JobState.Done && job.Result is { } result ? new
        {
            name = result.Scenario.Name,
            replications = result.Runs.Count,
            seed = result.Plan.Seed,
            horizonDays = result.Scenario.Run.HorizonDays,
            warmupDays = result.Scenario.Run.WarmupDays,
            folder = Path.GetFileName(job.Folder),
            outcomes = ResultView.Outcomes(result, job.Loaded.File.Calibration),
            stages = ResultView.Stages(result),
            overload = ResultView.OverloadWarning(result),
            plots = Listing(job.Folder!).Where(f => f.StartsWith("plots/", StringComparison.Ordinal) && f.EndsWith(".svg", StringComparison.Ordinal)).ToArray(),
            files = Listing(job.Folder!),
            comparison = job.Comparison is { } comparison ? new
            {
                baseline = job.Baseline!.Id,
                baselineName = comparison.Results[0].Scenario.Name,
                baselineCommandLine = job.Baseline.CommandLine,
                differences = ResultView.Differences(comparison),
            } : null,
        } : null,
    };

    /// <summary>Every file in a results folder, as relative paths with forward slashes.</summary>
    private static string[] Listing(string folder) =>
        Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToArray()
            : [];

    /// <summary>A file on disk under the (absolute) results root: a physical file, never one looked up under the web root.</summary>
    private static IResult OnDisk(string file) => TypedResults.PhysicalFile(file, ContentType(file));

    private static string ContentType(string file) => Path.GetExtension(file).ToLowerInvariant() switch
    {
        ".html" => "text/html; charset=utf-8",
        ".csv" => "text/csv; charset=utf-8",
        ".json" => "application/json",
        ".png" => "image/png",
        ".svg" => "image/svg+xml",
        ".yaml" or ".mmd" or ".dot" or ".md" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    };
}
