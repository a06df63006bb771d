using MashSim.Cli;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace MashSim.Browser.Tests;

/// <summary>report.html opened in a real headless Chromium with the network cut off: it renders without errors, every image loads, and it prints.</summary>
public class ReportInChromiumTests(ITestOutputHelper output)
{
    private static readonly string[] Short = ["--reps", "3", "--set", "run.horizonDays=60", "--set", "run.warmupDays=10"];

    [ChromiumFact]
    public async Task A_run_report_renders_offline_with_every_image_and_no_console_error()
    {
        using var temp = new TempFolder();
        Assert.Equal(0, MashSimApp.Run(["run", "--out", temp.Path, "--event-log", "none", .. Short], new StringWriter(), new StringWriter()));
        string folder = Assert.Single(Directory.GetDirectories(temp.Path));
        await CheckInChromium(Path.Combine(folder, "report.html"), "report.png", temp.Sub("profile-run"));
    }

    [ChromiumFact]
    public async Task A_compare_report_renders_offline_with_every_image_and_no_console_error()
    {
        using var temp = new TempFolder();
        var error = new StringWriter();
        Assert.True(0 == MashSimApp.Run(["compare", Repository.File("scenarios/cumbria-2017-01.yaml"), Repository.File("scenarios/cumbria-2017-01-police-back.yaml"),
            "--out", temp.Path, .. Short], new StringWriter(), error), error.ToString());
        string folder = Assert.Single(Directory.GetDirectories(temp.Path));
        await CheckInChromium(Path.Combine(folder, "report.html"), "report-compare.png", temp.Sub("profile-compare"));
    }

    private async Task CheckInChromium(string report, string screenshotName, string profile)
    {
        using var playwright = await Playwright.CreateAsync();
        // A fresh profile for every launch (the --user-data-dir), and nothing that reaches the network on its own.
        await using var context = await playwright.Chromium.LaunchPersistentContextAsync(profile, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = Chromium.Path,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"],
            ViewportSize = new ViewportSize { Width = 1200, Height = 900 },
        });
        var blocked = new List<string>();
        await context.RouteAsync("**/*", async route =>
        {
            if (route.Request.Url.StartsWith("data:", StringComparison.Ordinal)) await route.ContinueAsync();
            else
            {
                lock (blocked) blocked.Add(route.Request.Url);
                await route.AbortAsync();
            }
        });
        var page = context.Pages.Count > 0 ? context.Pages[0] : await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") lock (errors) errors.Add(message.Text); };
        page.PageError += (_, message) => { lock (errors) errors.Add(message); };

        await page.SetContentAsync(await File.ReadAllTextAsync(report), new PageSetContentOptions { WaitUntil = WaitUntilState.Load });

        var widths = await page.EvaluateAsync<int[]>("Array.from(document.images).map(i => i.complete ? i.naturalWidth : 0)");
        // Every plot (PNG and SVG of one plot are one image) and every workflow diagram's SVG is embedded.
        string folder = Path.GetDirectoryName(report)!;
        int plots = Directory.GetFiles(Path.Combine(folder, "plots")).Select(Path.GetFileNameWithoutExtension).Distinct().Count();
        int diagrams = Directory.Exists(Path.Combine(folder, "diagrams")) ? Directory.GetFiles(Path.Combine(folder, "diagrams"), "*.svg").Length : 0;
        int expected = plots + diagrams;
        Assert.Equal(expected, widths.Length);
        Assert.All(widths, w => Assert.True(w > 0, "an image did not load"));
        Assert.Empty(errors);
        Assert.Empty(blocked);
        Assert.False(string.IsNullOrWhiteSpace(await page.InnerTextAsync("#summary")));

        string results = Path.Combine(Repository.Root(), "tests", "MashSim.Browser.Tests", "TestResults");
        Directory.CreateDirectory(results);
        string screenshot = Path.Combine(results, screenshotName);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
        Assert.True(new FileInfo(screenshot).Length > 10_000);
        output.WriteLine($"Screenshot: {screenshot}");
        Console.WriteLine($"Report screenshot: {screenshot}");

        // Printable: Chromium makes a PDF of it with the print styles.
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        var pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4", PrintBackground = true });
        Assert.True(pdf.Length > 10_000, "the report did not print");
    }
}
