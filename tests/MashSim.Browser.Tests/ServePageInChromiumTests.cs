using System.Text.Json;
using MashSim.Cli;
using MashSim.Model.Recording;
using MashSim.Web.Tests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace MashSim.Browser.Tests;

/// <summary>mashsim serve's page in a real headless Chromium at a projector's 1280x720, with nothing fetched from outside the app.</summary>
/// <remarks>Screenshots go to TestResults/; with MASHSIM_DOCS_SCREENSHOTS=1 also to docs/images/, where the README shows them.</remarks>
public class ServePageInChromiumTests(ITestOutputHelper output)
{
    /// <remarks>The warm-up is shortened before the horizon: each control is checked as it changes, and a 60-day horizon under the scenario's 730-day warm-up is (rightly) refused with a 400, which the console reports as an error.</remarks>
    private static readonly string[] Short = ["run.replications=3", "run.warmupDays=10", "run.horizonDays=60", "run.seed=11"];

    [ChromiumFact]
    public async Task The_page_runs_a_change_with_the_command_lines_figures_compares_it_and_replays_a_week()
    {
        await using var app = await RunningApp.Start();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.Path,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 720 } });
        var blocked = new List<string>();
        await context.RouteAsync("**/*", async route =>
        {
            if (route.Request.Url.StartsWith(app.Address, StringComparison.Ordinal)) await route.ContinueAsync();
            else
            {
                lock (blocked) blocked.Add(route.Request.Url);
                await route.AbortAsync();
            }
        });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") lock (errors) errors.Add($"{message.Text} ({message.Location})"); };
        page.PageError += (_, message) => { lock (errors) errors.Add(message); };

        await page.GotoAsync(app.Address);
        await page.WaitForSelectorAsync("input[data-path='mash.staff.socialWorkers']");
        foreach (string setting in Short)
        {
            var (path, value) = (setting.Split('=')[0], setting.Split('=')[1]);
            await page.FillAsync($"input[data-path='{path}']", value);
        }
        await WaitForText(page, "#command-line", "--warmup 10d");
        await Screenshot(page, "serve-setup.png");

        // The first run, kept as the baseline.
        await page.ClickAsync("#run");
        await page.WaitForSelectorAsync("#result", new PageWaitForSelectorOptions { State = WaitForSelectorState.Visible, Timeout = 240_000 });
        await page.ClickAsync("#keep-baseline");

        // Change a control: two fewer MASH social workers; the command line shows the --set.
        await page.ClickAsync("#tab-setup");
        await page.FillAsync("input[data-path='mash.staff.socialWorkers']", "9");
        await WaitForText(page, "#command-line", "--set mash.staff.socialWorkers=9");
        Assert.Contains("changed", await page.GetAttributeAsync("div.control[data-path='mash.staff.socialWorkers']", "class"));
        string commandLine = (await page.InnerTextAsync("#command-line")).Trim();
        await page.ClickAsync("#run");
        await page.WaitForSelectorAsync("#comparison", new PageWaitForSelectorOptions { State = WaitForSelectorState.Visible, Timeout = 240_000 });
        var verdicts = await page.Locator("#differences tbody td:last-child").AllInnerTextsAsync();
        Assert.Equal(Kpi.All.Count, verdicts.Count);
        Assert.Contains(verdicts, v => v is "better" or "worse" or "higher" or "lower");
        await Screenshot(page, "serve-compare.png");

        // The outcomes shown are the command line's for the same scenario, seed and replications, figure for figure.
        await page.ClickAsync("#tab-outcomes");
        using var temp = new TempFolder();
        var words = ShellWords.Split(commandLine);
        var cliError = new StringWriter();
        Assert.True(MashSimApp.Run([.. words.Skip(1), "--out", temp.Path], new StringWriter(), cliError) == 0, cliError.ToString());
        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(Assert.Single(Directory.GetDirectories(temp.Path)), "summary.json")));
        var shown = await page.EvaluateAsync<Dictionary<string, string>>(
            "Object.fromEntries(Array.from(document.querySelectorAll('#headline-table tbody tr, #other-table tbody tr')).map(r => [r.dataset.id, r.querySelector('td.mean').textContent]))");
        Assert.Equal(Kpi.All.Count, shown.Count);
        foreach (var outcome in summary.RootElement.GetProperty("outcomes").EnumerateArray())
        {
            var kpi = Kpi.ById(outcome.GetProperty("id").GetString()!);
            var mean = outcome.GetProperty("mean");
            Assert.Equal(kpi.Unit.Show(mean.ValueKind == JsonValueKind.Number ? mean.GetDouble() : double.NaN), shown[kpi.Id]);
        }
        await page.WaitForFunctionAsync("Array.from(document.querySelectorAll('#plots img')).every(i => i.complete && i.naturalWidth > 0)");
        await Screenshot(page, "serve-outcomes.png");

        // The replay plays: the clock advances and dots move; step and jump to a day work.
        await page.ClickAsync("#tab-watch");
        await page.WaitForSelectorAsync("#replay", new PageWaitForSelectorOptions { State = WaitForSelectorState.Visible, Timeout = 60_000 });
        await page.EvaluateAsync("window.mashsimReplay.seek(9 * 60)");
        const string positions = "Object.fromEntries(Array.from(document.querySelectorAll('#replay-svg circle')).filter(c => c.getAttribute('visibility') === 'visible').map(c => [c.dataset.id, c.getAttribute('cx') + ',' + c.getAttribute('cy')]))";
        var before = await page.EvaluateAsync<Dictionary<string, string>>(positions);
        int startMinute = await ClockMinute(page);
        await page.ClickAsync("#play");
        await page.WaitForTimeoutAsync(3000);
        await page.ClickAsync("#play");
        int playedTo = await ClockMinute(page);
        var after = await page.EvaluateAsync<Dictionary<string, string>>(positions);
        Assert.True(playedTo > startMinute + 30, $"the clock went from minute {startMinute} to {playedTo}");
        int moved = after.Count(p => !before.TryGetValue(p.Key, out var was) || was != p.Value) + before.Keys.Count(k => !after.ContainsKey(k));
        Assert.True(moved > 0, "no dot moved");
        await page.ClickAsync("#step");
        Assert.Equal((playedTo / 10 + 1) * 10, await ClockMinute(page));
        await page.ClickAsync("#day-buttons button:nth-child(3)");
        Assert.Equal(2 * 1440, await ClockMinute(page));

        // At a busy moment, the explanation names the stage with the longest queue in the table beside it.
        await page.EvaluateAsync("window.mashsimReplay.seek(11 * 60)");
        var queues = await page.EvaluateAsync<string[][]>("Array.from(document.querySelectorAll('#queues tbody tr')).map(r => [r.querySelector('th').textContent, r.querySelector('td').textContent])");
        int longest = queues.Max(q => int.Parse(q[1]));
        string explanation = await page.InnerTextAsync("#explanation");
        if (longest > 0)
        {
            string busiest = queues.First(q => int.Parse(q[1]) == longest)[0];
            Assert.Contains($"the longest queue is for {busiest}: {longest} ", explanation);
            Assert.Equal(busiest, await page.InnerTextAsync("#queues tr.busiest th"));
        }
        else Assert.Contains("nothing is waiting", explanation);
        await Screenshot(page, "serve-replay.png");

        // Keyboard: the tabs move with the arrow keys; space plays and pauses the replay.
        await page.FocusAsync("#tab-watch");
        await page.Keyboard.PressAsync("ArrowLeft");
        Assert.Equal("true", await page.GetAttributeAsync("#tab-compare", "aria-selected"));
        Assert.True(await page.IsVisibleAsync("#compare"));

        // WCAG AA: every text on the page against the background it sits on.
        var lowContrast = await page.EvaluateAsync<string[]>(ContrastCheck);
        Assert.Empty(lowContrast);

        Assert.True(errors.Count == 0, string.Join("\n", errors));
        Assert.Empty(blocked);
    }

    private static async Task<int> ClockMinute(IPage page) => int.Parse(await page.GetAttributeAsync("#clock", "data-minute") ?? "-1");

    private static async Task WaitForText(IPage page, string selector, string text) =>
        await page.WaitForFunctionAsync($"document.querySelector('{selector}').textContent.includes({JsonSerializer.Serialize(text)})", null, new PageWaitForFunctionOptions { Timeout = 30_000 });

    private async Task Screenshot(IPage page, string name)
    {
        string results = Path.Combine(Repository.Root(), "tests", "MashSim.Browser.Tests", "TestResults");
        Directory.CreateDirectory(results);
        string path = Path.Combine(results, name);
        await page.EvaluateAsync("() => { document.activeElement?.blur(); window.scrollTo(0, 0); }");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
        Assert.True(new FileInfo(path).Length > 10_000);
        output.WriteLine($"Screenshot: {path}");
        if (Environment.GetEnvironmentVariable("MASHSIM_DOCS_SCREENSHOTS") == "1")
            File.Copy(path, Path.Combine(Repository.Root(), "docs", "images", name), overwrite: true);
    }

    /// <summary>Every visible element with its own text, whose contrast with the background behind it is under WCAG AA (4.5:1, or 3:1 for large text).</summary>
    private const string ContrastCheck = """
        () => {
          const rgb = (c) => (c.match(/[\d.]+/g) || []).map(Number);
          const lum = ([r, g, b]) => [r, g, b].map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); })
            .reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
          const background = (el) => { for (; el; el = el.parentElement) { const c = rgb(getComputedStyle(el).backgroundColor); if (c.length === 3 || c[3] > 0) return c.slice(0, 3); } return [255, 255, 255]; };
          const bad = [];
          for (const tab of ['setup', 'outcomes', 'compare', 'watch']) {
            document.querySelectorAll('[role=tabpanel]').forEach(p => p.hidden = p.id !== tab);
            for (const el of document.querySelectorAll('body *')) {
              if (!el.offsetParent || !Array.from(el.childNodes).some(n => n.nodeType === 3 && n.textContent.trim())) continue;
              const style = getComputedStyle(el);
              const [a, b] = [lum(rgb(style.color)), lum(background(el))];
              const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
              const large = parseFloat(style.fontSize) >= 24 || (parseFloat(style.fontSize) >= 18.66 && Number(style.fontWeight) >= 700);
              if (ratio < (large ? 3 : 4.5)) bad.push(`${tab}: ${el.tagName}.${el.className} '${el.textContent.trim().slice(0, 30)}' ${ratio.toFixed(2)}`);
            }
          }
          return bad;
        }
        """;
}
