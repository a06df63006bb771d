using System.Net;
using MashSim.Web.Tests.Support;

namespace MashSim.Web.Tests;

/// <summary>How the server itself behaves, whatever the run: where it reads its files from, what requests it answers, and how it stops.</summary>
public class ServingTests
{
    /// <summary>A short run: two replications of the built-in scenario over 20 days.</summary>
    private static readonly object Short = new { scenario = "built-in", set = Array.Empty<string>(), replications = 2, seed = 3, horizonDays = 20, warmupDays = 5 };

    /// <summary>serve's default results root is relative (results/serve): every download from a run was a 500, read as a path under the web root.</summary>
    [Fact]
    public async Task A_runs_files_download_when_the_results_root_is_a_relative_path()
    {
        await using var app = await RunningApp.Start(o => o with { ResultsRoot = Path.GetRelativePath(Directory.GetCurrentDirectory(), o.ResultsRoot) });
        Assert.False(Path.IsPathRooted(app.ResultsRoot));
        using var client = app.NewSession();
        var (_, run) = await Api.Post(client, "/api/runs", Short);
        var done = await Api.WaitForEnd(client, run.GetProperty("id").GetString()!);
        Assert.Equal("done", done.GetProperty("state").GetString());
        string id = done.GetProperty("id").GetString()!;
        string plot = done.GetProperty("result").GetProperty("plots")[0].GetString()!;
        foreach (string file in new[] { "summary.json", plot })
        {
            using var response = await client.GetAsync($"/api/runs/{id}/files/{file}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            string folder = Path.Combine(app.ResultsRoot, done.GetProperty("result").GetProperty("folder").GetString()!);
            Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(folder, file)), await response.Content.ReadAsByteArrayAsync());
        }
    }
}
