using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using MashSim.Model.Recording;
using MashSim.Outputs.Reports;

namespace MashSim.Cli.Tests;

/// <summary>events.csv reconciles with the outcomes, stages.csv and its plots are written, and report.html holds what a leader needs.</summary>
public class EventLogAndReportTests
{
    private static readonly string[] Short = ["--reps", "3", "--set", "run.horizonDays=60", "--set", "run.warmupDays=10"];

    /// <summary>One run of the default scenario shared by the tests that only read it.</summary>
    public sealed class DefaultRun : IDisposable
    {
        private readonly TempFolder _temp = new();

        public DefaultRun()
        {
            var run = AppRun.Of(["run", "--out", _temp.Path, .. Short]);
            Assert.True(run.ExitCode == 0, run.Error);
            Folder = AppRun.OnlyResultsFolder(_temp.Path);
        }

        public string Folder { get; }

        public void Dispose() => _temp.Dispose();
    }

    public class OnTheDefaultRun(DefaultRun run) : IClassFixture<DefaultRun>
    {
        [Fact]
        public void The_event_log_reconciles_with_the_first_replications_outcomes()
        {
            var rows = EventLog.Read(run.Folder);
            Assert.All(rows, r => Assert.Equal("0", r["replication"]));
            var measured = rows.Where(r => r["measured"] == "True").ToArray();
            var first = ReplicationRow(run.Folder, 0);

            int contacts = measured.Count(r => r["activity"] == "contact received");
            Assert.Equal(first["contacts"], contacts);
            // Every measured contact that reached a decision has one outcome row; those left are the unfinished.
            var outcomes = measured.Where(r => r["activity"] is "referred" or "passed to duty team" or "closed at the front door").ToArray();
            Assert.Equal(contacts - first["unfinishedAtEnd"], outcomes.Length);
            // replications.csv rounds the share to the precision its CI supports: a count it implies is right to the nearest whole contact.
            Assert.Equal(Math.Round(first["referralConversion"] * contacts), outcomes.Count(r => r["detail"] == "Referral"));
            // The wait before screening, from the log's own timestamps (to the second), is the outcome's.
            var screening = measured.Where(r => r["activity"] == "screening").Select(r => (Time(r["start"]) - Time(r["queued"])).TotalHours).ToArray();
            Assert.Equal(first["screeningWaitHoursMean"], screening.Average(), 2);
            // Every row's times are in order, and every child's case id is its trace.
            Assert.All(rows, r => Assert.True(Time(r["queued"]) <= Time(r["start"]) && Time(r["start"]) <= Time(r["end"]), string.Join(",", r.Values)));
            Assert.All(rows, r => Assert.StartsWith("child-", r["case"]));
        }

        [Fact]
        public void Stages_are_written_with_their_plots_as_png_and_svg()
        {
            var lines = File.ReadAllLines(Path.Combine(run.Folder, "stages.csv"));
            Assert.StartsWith("scenario,journey,stage,perReplication,waitHoursMean", lines[0]);
            Assert.Contains(lines, l => l.Contains(",contact,screening,"));
            Assert.Contains(lines, l => l.Contains(",contact,check: police,"));
            Assert.Contains(lines, l => l.Contains(",child,allocation,"));
            foreach (var file in new[] { "where-the-time-goes-contact.png", "where-the-time-goes-contact.svg" })
            {
                Assert.True(new FileInfo(Path.Combine(run.Folder, "plots", file)).Length > 1000, file);
            }
        }

        [Fact]
        public void The_report_holds_every_headline_outcome_source_and_assumption_and_the_summary_quotes_summary_json()
        {
            string html = File.ReadAllText(Path.Combine(run.Folder, ReportFile.FileName));
            string text = WebUtility.HtmlDecode(html);
            foreach (var kpi in MashSim.Experiments.Results.HeadlineOutcomes.All)
            {
                var s = SummaryFile.Read(run.Folder, kpi.Id);
                if (s.Replications == 0) continue;
                Assert.Contains($"data-outcome=\"{kpi.Id}\"", html);
                Assert.Contains(ReportText.Value(kpi, s.Mean), text);
            }
            var provenance = File.ReadAllLines(Path.Combine(run.Folder, "provenance.csv")).Skip(1).Select(Csv.Split).ToArray();
            var cited = provenance.Where(p => p[2] == "source").ToArray();
            var assumed = provenance.Where(p => p[2] == "assumption").ToArray();
            Assert.NotEmpty(cited);
            Assert.NotEmpty(assumed);
            foreach (var p in cited.Concat(assumed)) Assert.Contains(p[3], text);
            Assert.Equal(cited.Length, Regex.Matches(html, "<tr class=\"source\">").Count);
            Assert.Equal(assumed.Length, Regex.Matches(html, "<tr class=\"assumption\">").Count);

            string summary = WebUtility.HtmlDecode(Regex.Match(html, "<p class=\"summary\" id=\"summary\">(.*?)</p>", RegexOptions.Singleline).Groups[1].Value);
            var decisions = SummaryFile.Read(run.Folder, Kpi.DecisionWithin1WorkingDay.Id);
            var hours = SummaryFile.Read(run.Folder, Kpi.HoursToDecisionMean.Id);
            Assert.Contains($"{ReportText.Value(Kpi.DecisionWithin1WorkingDay, decisions.Mean)} " +
                            $"({ReportText.Interval(Kpi.DecisionWithin1WorkingDay, decisions.CiLow, decisions.CiHigh)}) of decisions are made within one working day", summary);
            Assert.Contains($"mean {ReportText.Value(Kpi.HoursToDecisionMean, hours.Mean)} from contact to decision", summary);
            Assert.Contains("With 11 MASH social workers", summary);
            Assert.DoesNotContain("http", Regex.Replace(html, "data:[^\"]*", ""));
        }
    }

    [Fact]
    public void Event_log_none_writes_no_log_and_all_logs_every_replication_in_order()
    {
        using var temp = new TempFolder();
        Assert.Equal(0, AppRun.Of(["run", "--out", temp.Sub("none"), "--event-log", "none", .. Short]).ExitCode);
        Assert.False(File.Exists(Path.Combine(AppRun.OnlyResultsFolder(temp.Sub("none")), "events.csv")));
        Assert.Equal(0, AppRun.Of(["run", "--out", temp.Sub("all"), "--event-log", "all", .. Short]).ExitCode);
        var replications = EventLog.Read(AppRun.OnlyResultsFolder(temp.Sub("all"))).Select(r => r["replication"]).ToArray();
        Assert.Equal(["0", "1", "2"], replications.Distinct());
        Assert.True(replications.SequenceEqual(replications.Order(StringComparer.Ordinal)), "replications are not in order");
        Assert.Empty(Directory.GetDirectories(temp.Sub("all"), ".incomplete-*"));
        Assert.Equal(2, AppRun.Of(["run", "--out", temp.Sub("bad"), "--event-log", "some", .. Short]).ExitCode);
    }

    private static DateTime Time(string text) => DateTime.ParseExact(text, "yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture);

    private static Dictionary<string, double> ReplicationRow(string folder, int replication)
    {
        var lines = File.ReadAllLines(Path.Combine(folder, "replications.csv"));
        var header = lines[0].Split(',');
        var row = lines[1 + replication].Split(',');
        return header.Select((h, i) => (h, v: double.TryParse(row[i], NumberStyles.Float, CultureInfo.InvariantCulture, out double d) ? d : double.NaN))
            .ToDictionary(p => p.h, p => p.v);
    }

    /// <summary>events.csv read as a process-mining tool would: a header, then one activity per row.</summary>
    internal static class EventLog
    {
        public static IReadOnlyList<Dictionary<string, string>> Read(string folder)
        {
            var lines = File.ReadAllLines(Path.Combine(folder, "events.csv"));
            var header = Csv.Split(lines[0]);
            Assert.Equal(["case", "activity", "queued", "start", "end", "resource"], header.Take(6));
            return lines.Skip(1).Select(l => header.Zip(Csv.Split(l)).ToDictionary(p => p.First, p => p.Second)).ToArray();
        }
    }

    /// <summary>Splits one CSV line, honouring quoted fields.</summary>
    internal static class Csv
    {
        public static string[] Split(string line)
        {
            var fields = new List<string>();
            var field = new System.Text.StringBuilder();
            bool quoted = false;
            for (int i = 0; i < line.Length; i++)
            {
                char c = line[i];
                if (quoted)
                {
                    if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { field.Append('"'); i++; }
                    else if (c == '"') quoted = false;
                    else field.Append(c);
                }
                else if (c == '"') quoted = true;
                else if (c == ',') { fields.Add(field.ToString()); field.Clear(); }
                else field.Append(c);
            }
            fields.Add(field.ToString());
            return fields.ToArray();
        }
    }
}
