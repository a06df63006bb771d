using System.Globalization;
using MashSim.Outputs.EventLog;
using MashSim.Outputs.Traces;

namespace MashSim.Cli.Tests;

/// <summary>The event log reader reads times digit by digit; what it accepts, and the times it reads, are the strict parser's.</summary>
public class EventLogReaderTests
{
    private static string Log(TempFolder temp, params string[] times)
    {
        string path = Path.Combine(temp.Path, "events.csv");
        var lines = new List<string> { string.Join(',', EventLogFile.Columns) };
        lines.AddRange(times.Select((t, i) => $"child-{i},\"screening, again\",{t},{t},{t},social worker,3,,12,Red,Red,Police,True,0"));
        File.WriteAllText(path, string.Join("\r\n", lines) + "\r\n");
        return path;
    }

    [Theory]
    [InlineData("2017-04-03T09:42:00")]
    [InlineData("2016-02-29T23:59:59")]
    [InlineData("0001-01-01T00:00:00")]
    [InlineData("9999-12-31T23:59:59")]
    [InlineData("\"2017-04-03T09:42:07\"")]
    public void Reads_the_time_the_strict_parser_reads(string written)
    {
        using var temp = new TempFolder();
        var row = Assert.Single(EventLogReader.Rows(Log(temp, written)));
        var expected = DateTime.ParseExact(written.Trim('"'), "yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None);
        Assert.Equal((expected, expected, expected, expected.Kind), (row.Queued, row.Start, row.End, row.End.Kind));
        Assert.Equal(("child-0", "screening, again", "3", "", "12", true, 0), (row.Case, row.Activity, row.Worker, row.Contact, row.Episode, row.Measured, row.Replication));
    }

    [Theory]
    [InlineData("2017-02-29T00:00:00")]
    [InlineData("2017-13-01T00:00:00")]
    [InlineData("2017-04-03T24:00:00")]
    [InlineData("2017-04-03T09:60:00")]
    [InlineData("2017-04-03T09:42:60")]
    [InlineData("0000-01-01T00:00:00")]
    [InlineData("2017-04-03 09:42:00")]
    [InlineData("2017-04-03T09:42")]
    [InlineData("2017-04-03T9:42:00")]
    [InlineData(" 2017-04-03T09:42:00")]
    [InlineData("2017-04-03T09:42:00Z")]
    [InlineData("2017-04-03T09:4x:00")]
    public void Refuses_what_the_strict_parser_refuses_naming_the_line(string written)
    {
        Assert.False(DateTime.TryParseExact(written, "yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out _));
        using var temp = new TempFolder();
        var error = Assert.Throws<InvalidDataException>(() => EventLogReader.Rows(Log(temp, "2017-04-03T09:42:00", written)).ToArray());
        Assert.EndsWith($"events.csv:3: queued: '{written}' is not a time like 2017-04-03T09:42:00.", error.Message);
    }

    [Fact]
    public void Reading_some_cases_gives_exactly_their_rows_of_a_full_read()
    {
        using var temp = new TempFolder();
        string path = Log(temp, "2017-04-03T09:42:00", "2017-04-03T09:43:00", "2017-04-03T09:44:00", "2017-04-03T09:45:00");
        var all = EventLogReader.Rows(path).ToArray();
        var some = EventLogReader.Rows(path, ["child-1", "child-3", "child-99", new string('x', 100)]).ToArray();
        Assert.Equal(all.Where(r => r.Case is "child-1" or "child-3"), some);
        Assert.Equal([3L, 5L], some.Select(r => r.Line));
    }

    [Fact]
    public void The_read_for_choosing_gives_what_a_full_read_gives_with_the_ids_as_numbers()
    {
        using var temp = new TempFolder();
        string path = Log(temp, "2017-04-03T09:42:00", "2017-04-03T09:43:00", "2018-01-01T00:00:00");
        // Start differs from end, a contact id is given, and a child known before the run has a negative id.
        File.WriteAllText(path, File.ReadAllText(path).Replace("2017-04-03T09:42:00,2017-04-03T09:42:00,", "2017-04-03T09:42:00,2017-04-03T09:40:00,")
            .Replace("child-2,", "child--10000002,").Replace(",3,,12,", ",3,77,12,"));
        var full = EventLogReader.Rows(path).ToArray();
        var choosing = EventLogReader.RowsForChoosing(path).ToArray();
        static int? Id(string text) => text.Length == 0 ? null : int.Parse(text, CultureInfo.InvariantCulture);
        Assert.Equal(full.Select(r => (r.Case, r.Activity, r.Queued, r.End, Id(r.Contact), Id(r.Episode), r.Measured, r.Replication, r.Line)),
            choosing.Select(r => (EventLogReader.CaseOf(r.Child), r.Activity, r.Queued, r.End, r.Contact, r.Episode, r.Measured, r.Replication, r.Line)));
        Assert.Equal([0, 1, -10_000_002], choosing.Select(r => r.Child));
        Assert.Equal(77, choosing[0].Contact);
        Assert.Equal("screening, again", choosing[0].Activity);
        Assert.Same(choosing[0].Activity, choosing[2].Activity);
    }

    [Theory]
    [InlineData("child-x,", "case: 'child-x' is not child-N.")]
    [InlineData("kid-4,", "case: 'kid-4' is not child-N.")]
    [InlineData(",3,,12,", "episode: '1 2' is not an id.", ",3,,1 2,")]
    [InlineData(",3,,12,", "contact: 'x5' is not an id.", ",3,x5,12,")]
    public void The_read_for_choosing_names_the_line_and_field_of_an_id_it_cannot_read(string find, string message, string? replace = null)
    {
        using var temp = new TempFolder();
        string path = Log(temp, "2017-04-03T09:42:00", "2017-04-03T09:43:00");
        var lines = File.ReadAllLines(path);
        lines[2] = replace is null ? lines[2].Replace("child-1,", find) : lines[2].Replace(find, replace);
        File.WriteAllLines(path, lines);
        var error = Assert.Throws<InvalidDataException>(() => EventLogReader.RowsForChoosing(path).ToArray());
        Assert.EndsWith($"events.csv:3: {message}", error.Message);
    }

    /// <summary>A re-sorted log once read as valid and gave "no child matches" or a replay that stopped early; both reads now refuse it.</summary>
    [Theory]
    [InlineData("2017-04-03T09:43:00", "2017-04-03T09:42:00", 0, 0, "events.csv:3: replication 0, end 2017-04-03T09:42:00 comes after replication 0, end 2017-04-03T09:43:00;")]
    [InlineData("2017-04-03T09:42:00", "2017-04-03T09:43:00", 1, 0, "events.csv:3: replication 0, end 2017-04-03T09:43:00 comes after replication 1, end 2017-04-03T09:42:00;")]
    [InlineData("2017-04-03T09:42:00", "2017-04-03T09:42:00", 0, 0, null)]
    [InlineData("2017-04-03T09:43:00", "2017-04-03T09:42:00", 0, 1, null)]
    public void Rows_out_of_the_order_the_log_is_written_in_are_refused(string firstEnd, string secondEnd, int firstReplication, int secondReplication, string? message)
    {
        using var temp = new TempFolder();
        string path = Log(temp, firstEnd, secondEnd);
        var lines = File.ReadAllLines(path);
        lines[1] = lines[1][..^1] + firstReplication;
        lines[2] = lines[2][..^1] + secondReplication;
        File.WriteAllLines(path, lines);
        if (message is null)
        {
            Assert.Equal(2, EventLogReader.Rows(path).Count());
            Assert.Equal(2, EventLogReader.RowsForChoosing(path).Count());
            return;
        }
        Assert.Contains(message, Assert.Throws<InvalidDataException>(() => EventLogReader.Rows(path).ToArray()).Message);
        Assert.Contains(message, Assert.Throws<InvalidDataException>(() => EventLogReader.RowsForChoosing(path).ToArray()).Message);
    }

    [Fact]
    public void A_measured_flag_that_is_not_true_or_false_is_refused()
    {
        using var temp = new TempFolder();
        string path = Log(temp, "2017-04-03T09:42:00", "2017-04-03T09:43:00");
        var lines = File.ReadAllLines(path);
        lines[2] = lines[2].Replace(",True,0", ",yes,0");
        File.WriteAllLines(path, lines);
        foreach (var read in new Action[] { () => EventLogReader.Rows(path).ToArray(), () => EventLogReader.RowsForChoosing(path).ToArray() })
            Assert.EndsWith("events.csv:3: measured: 'yes' is not True or False.", Assert.Throws<InvalidDataException>(read).Message);
    }
}

/// <summary>A run's report chooses its children as the event log is written, not from a read of the file: both must choose the same,
/// and the choosers, which stop following children who can no longer be chosen, must choose what keeping everything to the end chooses.</summary>
public class LiveTraceChoiceTests
{
    private static readonly TraceChoice[] AllChoices = [TraceChoice.First, TraceChoice.Late, TraceChoice.ReReferred];
    private static readonly MashSim.Model.Parameters.Scenario Default = MashSim.Experiments.Scenarios.ScenarioLoader.LoadDefault().Scenario;

    /// <summary>Replication 0 of the default with its event log written into <paramref name="temp"/>, its writer given <paramref name="choosers"/>; the log's path.</summary>
    private static string RunLogged(TempFolder temp, long seed, ChildTraces.Choosers? choosers = null)
    {
        string path = Path.Combine(temp.Path, EventLogFile.FileName);
        MashSim.Experiments.Runs.SingleRun.Execute(Default, seed, 0, eventLog: new EventLogFile.Writer(path, Default.Run.Start.ToDateTime(TimeOnly.MinValue), 0, choosers));
        return path;
    }

    [Theory]
    [InlineData(20171106)]
    [InlineData(7)]
    public void Children_chosen_as_the_log_is_written_are_those_a_read_of_the_file_chooses(long seed)
    {
        // Many children per choice, so a row seen differently anywhere in the run would change some list.
        const int children = 5_000;
        var live = new ChildTraces.Choosers(new ChildTraces.Timescales(Default), children, AllChoices);
        using var temp = new TempFolder();
        string path = RunLogged(temp, seed, live);

        var read = new ChildTraces.Choosers(new ChildTraces.Timescales(Default), children, AllChoices);
        foreach (var row in EventLogReader.RowsForChoosing(path)) read.Add(row);

        var (fromWriter, fromFile) = (live.Chosen(), read.Chosen());
        Assert.Equal(fromFile, fromWriter);
        Assert.Equal(children, fromWriter[0].Count);
        Assert.InRange(fromWriter[1].Count, 100, children);
        Assert.InRange(fromWriter[2].Count, 100, children);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(40)]
    [InlineData(1_000)]
    [InlineData(1_000_000)]
    public void The_choosers_choose_what_keeping_every_child_and_contact_to_the_end_chooses(int children)
    {
        using var temp = new TempFolder();
        var rows = EventLogReader.RowsForChoosing(RunLogged(temp, seed: 11)).ToArray();
        var timescales = new ChildTraces.Timescales(Default);

        var choosers = new ChildTraces.Choosers(timescales, children, AllChoices);
        foreach (var row in rows) choosers.Add(row);

        var chosen = choosers.Chosen();
        for (int c = 0; c < AllChoices.Length; c++) Assert.Equal(KeepingEverything(rows, timescales, AllChoices[c], children), chosen[c]);
        Assert.All(chosen, list => Assert.NotEmpty(list));
    }

    /// <summary>The choice as first written: every child seen and every contact kept until the log ends, then the flagged children in order.</summary>
    private static IReadOnlyList<string> KeepingEverything(IEnumerable<ChoosingRow> rows, ChildTraces.Timescales t, TraceChoice choice, int children)
    {
        var order = new List<int>();
        var seen = new HashSet<int>();
        var flagged = new HashSet<int>();
        var contacts = new Dictionary<int, (int Child, DateTime Arrived, DateTime Decided, bool Measured)>();
        var referredAt = new Dictionary<int, DateTime>();
        var lastReferral = new Dictionary<int, DateTime>();
        foreach (var r in rows)
        {
            if (r.Measured && seen.Add(r.Child)) order.Add(r.Child);
            switch (r.Activity)
            {
                case MashSim.Model.Recording.Events.JourneyStages.ContactReceived when r.Contact is { } received:
                    contacts[received] = (r.Child, r.End, r.End, r.Measured);
                    break;
                case MashSim.Model.Recording.Events.JourneyStages.Screening or MashSim.Model.Recording.Events.JourneyStages.Decision
                    or MashSim.Model.Recording.Events.JourneyStages.ManagerAgreement when r.Contact is { } contact && contacts.TryGetValue(contact, out var open):
                    contacts[contact] = open with { Decided = r.End };
                    break;
                case MashSim.Model.Recording.Events.JourneyStages.Allocation when r.Episode is { } episode:
                    referredAt[episode] = r.Queued;
                    if (choice == TraceChoice.ReReferred && r.Measured && lastReferral.TryGetValue(r.Child, out var last) && (r.Queued - last).TotalDays <= 365) flagged.Add(r.Child);
                    lastReferral[r.Child] = r.Queued;
                    break;
                case MashSim.Model.Recording.Events.JourneyStages.Assessment when choice == TraceChoice.Late:
                    if (r.Episode is { } assessed && referredAt.Remove(assessed, out var referral) && r.Measured
                        && t.Team.WorkingDaysBetween(DateOnly.FromDateTime(referral), DateOnly.FromDateTime(r.End)) > t.AssessmentLimit)
                        flagged.Add(r.Child);
                    break;
            }
        }
        if (choice == TraceChoice.Late)
            foreach (var c in contacts.Values.Where(c => c.Measured && c.Decided > t.DecisionDeadline(c.Arrived))) flagged.Add(c.Child);
        return order.Where(c => choice == TraceChoice.First || flagged.Contains(c)).Take(children).Select(EventLogReader.CaseOf).ToArray();
    }
}
