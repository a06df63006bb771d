using System.Net;
using System.Text;
using MashSim.Cli;
using MashSim.Web.Tests.Support;

namespace MashSim.Web.Tests;

/// <summary>Bad input to the page's API: a 400 with the command line's own messages, limits that hold, and no path that reaches another file.</summary>
public class BadInputTests : IAsyncLifetime
{
    private RunningApp _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _app = await RunningApp.Start(o => o with { MaxReplications = 50, MaxHorizonDays = 400, MaxUploadBytes = 64 * 1024 });
        _client = _app.NewSession();
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private static object Run(string scenario = "cumbria-2017-11", string[]? set = null, int? reps = 2, int? horizon = 30, int? warmup = 5) =>
        new { scenario, set = set ?? [], replications = reps, seed = 1, horizonDays = horizon, warmupDays = warmup };

    [Fact]
    public async Task The_shipped_scenarios_are_offered_and_every_control_is_a_set_path_with_its_value_and_source()
    {
        var (status, list) = await Api.Get(_client, "/api/scenarios");
        Assert.Equal(HttpStatusCode.OK, status);
        var ids = list.EnumerateArray().Select(s => s.GetProperty("id").GetString()).ToArray();
        Assert.Contains("built-in", ids);
        Assert.Contains("cumbria-2017-01-police-back", ids);
        Assert.DoesNotContain(ids, id => id!.Contains("validation"));

        var (_, scenario) = await Api.Get(_client, "/api/scenarios/cumbria-2017-11");
        var controls = scenario.GetProperty("controls").EnumerateArray().ToDictionary(c => c.GetProperty("path").GetString()!, c => c);
        Assert.Equal("11", controls["mash.staff.socialWorkers"].GetProperty("value").GetString());
        Assert.StartsWith("assumption", controls["mash.staff.socialWorkers"].GetProperty("provenance").GetString());
        Assert.StartsWith("source: 002", controls["mash.managerOversightOfAllDecisions"].GetProperty("provenance").GetString());
        foreach (string path in new[] { "pathway.team.caseloadCap", "mash.checks.agencies[0].colocated", "mash.transfer.steps", "demand.annualGrowth", "run.replications", "run.seed" })
            Assert.True(controls.ContainsKey(path), path);
        Assert.NotEmpty(scenario.GetProperty("sources").EnumerateArray());
    }

    [Fact]
    public async Task An_invalid_upload_gets_a_400_with_the_messages_validate_prints()
    {
        using var temp = new TempFolder();
        string text = File.ReadAllText(Repository.File("scenarios/cumbria-2017-11.yaml"))
            .Replace("socialWorkers: { value: 11,", "socialWorkers: { value: -3,").Replace("steps: { value: 2,", "steps: { value: lots,");
        Assert.Contains("-3", text);
        string file = temp.Write("bad.yaml", text);
        var error = new StringWriter();
        Assert.Equal(ExitCodes.BadInput, MashSimApp.Run(["validate", file], new StringWriter(), error));
        var expected = error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.StartsWith(file, StringComparison.Ordinal))
            .Select(l => "bad.yaml" + l[file.Length..]).ToArray();
        Assert.True(expected.Length >= 2, error.ToString());

        var response = await _client.PostAsync("/api/uploads?name=bad.yaml", new StringContent(text, Encoding.UTF8, "text/yaml"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(expected, Api.Errors(await Api.Json(response)));
    }

    [Fact]
    public async Task A_bad_set_value_gets_a_400_with_the_command_lines_message_and_nothing_runs()
    {
        var error = new StringWriter();
        MashSimApp.Run(["validate", Repository.File("scenarios/cumbria-2017-11.yaml"), "--set", "mash.staff.socialWorkers=many"], new StringWriter(), error);
        string expected = error.ToString().Split('\n')[0];
        Assert.StartsWith("--set:1:1: mash.staff.socialWorkers", expected);

        var (status, body) = await Api.Post(_client, "/api/runs", Run(set: ["mash.staff.socialWorkers=many"]));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(expected, Assert.Single(Api.Errors(body)));
        var (checkStatus, check) = await Api.Post(_client, "/api/check", Run(set: ["mash.nothing.here=1"]));
        Assert.Equal(HttpStatusCode.BadRequest, checkStatus);
        Assert.StartsWith("--set:1:1: mash.nothing", Assert.Single(Api.Errors(check)));
        Assert.False(Directory.Exists(_app.ResultsRoot) && Directory.EnumerateFileSystemEntries(_app.ResultsRoot).Any());
    }

    /// <summary>JSON the page never sends (a missing scenario, a null edit): each was a 500 and a stack in the server's log.</summary>
    [Theory]
    [InlineData("""{"scenario":null}""", "scenario is missing")]
    [InlineData("""{"scenario":""}""", "scenario is missing")]
    [InlineData("""{"scenario":"cumbria-2017-11","set":[null]}""", "set: each edit")]
    public async Task A_request_with_nulls_where_the_page_sends_values_gets_a_400(string json, string message)
    {
        foreach (var endpoint in new[] { "/api/check", "/api/runs" })
        {
            using var response = await _client.PostAsync(endpoint, new StringContent(json, System.Text.Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains(message, Assert.Single(Api.Errors(await Api.Json(response))));
        }
    }

    /// <summary>A body that is not the JSON an endpoint takes was a bare 400; it now says why, as every other 400 does.</summary>
    [Theory]
    [InlineData("""{"scenario":"cumbria-2017-11","replications":"many"}""", "Path: $.replications")]
    [InlineData("""[1, 2, 3]""", "Path: $ ")]
    [InlineData("""{"scenario":"cumbria-2017-11",""", "the request is not what this endpoint takes")]
    [InlineData("""{"scenario":"england-scale","scenario":"cumbria-2017-11","replications":2}""", "Duplicate property 'scenario'")]
    public async Task A_body_that_is_not_the_json_an_endpoint_takes_gets_a_400_saying_why(string json, string message)
    {
        using var response = await _client.PostAsync("/api/check", new StringContent(json, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        string error = Assert.Single(Api.Errors(await Api.Json(response)));
        Assert.StartsWith("the request is not what this endpoint takes:", error);
        Assert.Contains(message, error);
    }

    /// <summary>The framework's refusals and the API's 404s had an empty body, and a body of null got the framework's message for developers; each says what was wrong.</summary>
    [Theory]
    [InlineData("GET", "/api/scenarios/nope", null, null, 404, "no scenario is called 'nope'")]
    [InlineData("GET", "/api/runs/0123", null, null, 404, "no run '0123' here")]
    [InlineData("GET", "/api/runs/0123/files/summary.json", null, null, 404, "no run '0123' here")]
    [InlineData("GET", "/api/nothing", null, null, 404, "nothing here is called /api/nothing.")]
    [InlineData("GET", "/nothing", null, null, 404, "nothing here is called /nothing.")]
    [InlineData("GET", "/assets/missing.js", null, null, 404, "nothing here is called /assets/missing.js.")]
    [InlineData("DELETE", "/api/scenarios", null, null, 405, "DELETE is not taken by /api/scenarios; it takes GET.")]
    [InlineData("POST", "/api/check", "text/plain", "{}", 415, "the body must be JSON")]
    [InlineData("POST", "/api/runs", "application/json", "big", 413, "the body is larger than this app takes (128 kB)")]
    [InlineData("POST", "/api/runs", "application/json", "null", 400, "the body must be a JSON object")]
    [InlineData("POST", "/api/check", "application/json", "", 400, "the body must be a JSON object")]
    public async Task Every_refusal_says_what_was_wrong(string method, string url, string? type, string? body, int status, string why)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (body is not null)
        {
            string text = body == "big" ? $"{{\"scenario\":\"{new string('x', 200 * 1024)}\"}}" : body;
            request.Content = new StringContent(text, Encoding.UTF8);
            request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(type!);
        }
        using var response = await _client.SendAsync(request);
        Assert.Equal(status, (int)response.StatusCode);
        // The API's refusals are its JSON errors, as its 400s are; the page's paths get a line of text.
        string said = url.StartsWith("/api/", StringComparison.Ordinal)
            ? Assert.Single(Api.Errors(await Api.Json(response)))
            : await response.Content.ReadAsStringAsync();
        Assert.Contains(why, said);
    }

    /// <summary>The page sends an edit per control it changed; a request of thousands more held a server thread applying them.</summary>
    [Fact]
    public async Task A_request_with_more_edits_than_a_page_sends_gets_a_400()
    {
        var many = Enumerable.Range(0, Scenarios.RunRequest.MaxEdits + 1).Select(i => $"mash.staff.socialWorkers={5 + i % 7}").ToArray();
        var (status, body) = await Api.Post(_client, "/api/check", Run(set: many));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains($"set: {Scenarios.RunRequest.MaxEdits + 1:N0} edits is more than a page sends", Assert.Single(Api.Errors(body)));
        var (allowed, _) = await Api.Post(_client, "/api/check", Run(set: many[..Scenarios.RunRequest.MaxEdits]));
        Assert.Equal(HttpStatusCode.OK, allowed);
    }

    [Fact]
    public async Task An_alias_bomb_is_refused_with_a_400_naming_it()
    {
        var bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (int level = 1; level < 12; level++) bomb.Append($"{(char)('a' + level)}: &{(char)('a' + level)} [{string.Join(", ", Enumerable.Repeat($"*{(char)('a' + level - 1)}", 10))}]\n");
        var response = await _client.PostAsync("/api/uploads?name=bomb.yaml", new StringContent(bomb.ToString(), Encoding.UTF8, "text/yaml"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("alias bomb", Assert.Single(Api.Errors(await Api.Json(response))));
    }

    /// <summary>text/plain, a form's types or none make a "simple" request, which a page of another site may send with no CORS preflight.</summary>
    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data")]
    [InlineData(null)]
    public async Task An_upload_not_sent_as_yaml_gets_a_415(string? type)
    {
        const string Scenario = "extends: cumbria-2017-11.yaml\nname: plain\n";
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(Scenario));
        if (type is not null) content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(type);
        var response = await _client.PostAsync("/api/uploads?name=plain.yaml", content);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.StartsWith("a scenario is uploaded as text/yaml, not ", Assert.Single(Api.Errors(await Api.Json(response))));
        var yaml = await _client.PostAsync("/api/uploads?name=plain.yaml", new StringContent(Scenario, Encoding.UTF8, "application/yaml"));
        Assert.Equal(HttpStatusCode.OK, yaml.StatusCode);
    }

    /// <summary>A file saved with a UTF-8 byte-order mark, which validate takes, was refused: "unknown key '\uFEFFextends'".</summary>
    [Fact]
    public async Task An_upload_with_a_byte_order_mark_is_read_as_validate_reads_it()
    {
        using var temp = new TempFolder();
        byte[] file = [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes("extends: cumbria-2017-11.yaml\nname: with-bom\n")];
        string path = Path.Combine(temp.Path, "with-bom.yaml");
        File.WriteAllBytes(path, file);
        File.Copy(Repository.File("scenarios/cumbria-2017-11.yaml"), Path.Combine(temp.Path, "cumbria-2017-11.yaml"));
        Assert.Equal(ExitCodes.Success, MashSimApp.Run(["validate", path], new StringWriter(), new StringWriter()));

        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/yaml");
        var response = await _client.PostAsync("/api/uploads?name=with-bom.yaml", content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("with-bom", (await Api.Json(response)).GetProperty("name").GetString());
    }

    [Fact]
    public async Task An_upload_over_the_size_limit_gets_a_413()
    {
        string big = "name: big\n" + new string('#', 70 * 1024) + "\n";
        var response = await _client.PostAsync("/api/uploads?name=big.yaml", new StringContent(big, Encoding.UTF8, "text/yaml"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task An_upload_may_extend_a_shipped_scenario_by_name_and_no_other_file()
    {
        foreach (string target in new[] { "../../../../etc/passwd", "/etc/passwd", "validation/x.yaml", "../scenarios/cumbria-2017-11.yaml" })
        {
            var response = await _client.PostAsync("/api/uploads?name=../../evil.yaml", new StringContent($"extends: {target}\nname: evil\n", Encoding.UTF8, "text/yaml"));
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            string message = Assert.Single(Api.Errors(await Api.Json(response)));
            Assert.StartsWith("evil.yaml:1:10: extends: an uploaded scenario may extend only a shipped scenario", message);
        }
        var ok = await _client.PostAsync("/api/uploads?name=more.yaml",
            new StringContent("extends: cumbria-2017-11.yaml\nname: more-staff\nmash:\n  staff:\n    socialWorkers: { value: 13, assumption: a test }\n", Encoding.UTF8, "text/yaml"));
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var body = await Api.Json(ok);
        Assert.Equal("more-staff", body.GetProperty("name").GetString());
        var (checkStatus, check) = await Api.Post(_client, "/api/check", Run(scenario: body.GetProperty("id").GetString()!));
        Assert.Equal(HttpStatusCode.OK, checkStatus);
        Assert.StartsWith("./run.sh run more.yaml --reps 2", check.GetProperty("commandLine").GetString());
    }

    [Fact]
    public async Task Replications_and_horizon_have_upper_limits_however_they_are_asked_for()
    {
        var (s1, b1) = await Api.Post(_client, "/api/runs", Run(reps: 51));
        Assert.Equal(HttpStatusCode.BadRequest, s1);
        Assert.Contains("at most 50", Assert.Single(Api.Errors(b1)));
        var (s2, b2) = await Api.Post(_client, "/api/runs", Run(horizon: 401));
        Assert.Equal(HttpStatusCode.BadRequest, s2);
        Assert.Contains("at most 400", Assert.Single(Api.Errors(b2)));
        var (s3, _) = await Api.Post(_client, "/api/runs", Run(set: ["run.horizonDays=5000"], horizon: null));
        Assert.Equal(HttpStatusCode.BadRequest, s3);
        var (s4, _) = await Api.Post(_client, "/api/runs", Run(reps: 0));
        Assert.Equal(HttpStatusCode.BadRequest, s4);
        // A scenario's own horizon counts too: the shipped ones simulate 1,095 days.
        var (s5, b5) = await Api.Post(_client, "/api/runs", Run(horizon: null, warmup: null));
        Assert.Equal(HttpStatusCode.BadRequest, s5);
        Assert.Contains("1095 days", Assert.Single(Api.Errors(b5)));
    }

    [Fact]
    public async Task A_scenario_named_by_a_path_is_not_found_and_nothing_outside_the_catalogue_is_read()
    {
        foreach (string id in new[] { "../scenarios/cumbria-2017-11", "/etc/passwd", "..%2F..%2Fetc%2Fpasswd", "validation/alias-bomb" })
        {
            var (status, body) = await Api.Post(_client, "/api/runs", Run(scenario: id));
            Assert.Equal(HttpStatusCode.BadRequest, status);
            Assert.Contains("no scenario is called", Assert.Single(Api.Errors(body)));
        }
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/api/scenarios/..%2F..%2Fetc%2Fpasswd")).StatusCode);
    }

    [Fact]
    public async Task The_page_and_its_assets_come_from_the_app_and_name_no_other_server()
    {
        var page = await _client.GetStringAsync("/");
        Assert.Contains("<script src=\"/assets/app.js\">", page);
        foreach (string asset in new[] { "/", "/assets/app.js", "/assets/replay.js", "/assets/app.css" })
        {
            string text = await _client.GetStringAsync(asset);
            Assert.DoesNotMatch(@"(src|href)\s*=\s*[""']?(https?:)?//", text);
            Assert.DoesNotContain("cdn", text, StringComparison.OrdinalIgnoreCase);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/assets/..%2FMashSim.Web.dll")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/assets/missing.js")).StatusCode);
    }
}
