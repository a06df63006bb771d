using System.Globalization;
using System.Text;
using CsvHelper;
using MashSim.Experiments.Scenarios;
using MashSim.Kernel;
using MashSim.Model.Contacts;
using MashSim.Model.Parameters;
using MashSim.Outputs.Children;
using MashSim.Outputs.ContactLog;
using MashSim.Outputs.Traces;

namespace MashSim.Cli.Tests;

/// <summary>contacts.csv's writer, which formats its own fields into UTF-8, writes the bytes of a plain string writer; and a child has one name everywhere.</summary>
public class ContactLogWriterTests
{
    private const long Seed = 20171101;
    private static readonly Scenario Scenario = ScenarioLoader.LoadDefault().Scenario;
    private static readonly DateTime Epoch = Scenario.Run.Start.ToDateTime(TimeOnly.MinValue);

    /// <summary>Every field formatted as a string, as the writer did before it wrote bytes, through a StreamWriter, so CsvHelper's own rules quote the values.</summary>
    private static void WriteAsStrings(string path, IEnumerable<Contact> contacts)
    {
        var agencies = Scenario.Mash.Checks.Agencies.Select(a => a.Name).ToArray();
        string Time(SimTime? t) => t is { } v ? Epoch.AddMinutes(v.Minutes).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "";
        using var csv = CsvWriter.Create(new StreamWriter(path), new CsvWriterOptions { FormatProvider = CultureInfo.InvariantCulture }, leaveOpen: false);
        foreach (var header in new[] { "id", "childId", "child", "age", "source", "rag", "arrived", "outOfHours", "rated", "decided", "decision",
                     "decisionWithin1WorkingDay", "flaggedOverdue", "checksRequested", "checksMissing", "left", "state" })
        {
            csv.WriteField(header);
        }
        csv.EndRecord();
        foreach (var c in contacts)
        {
            var (first, last) = ChildNames.Of(Seed, c.ChildId);
            csv.WriteField(c.Id.ToString(CultureInfo.InvariantCulture));
            csv.WriteField(c.ChildId.ToString(CultureInfo.InvariantCulture));
            csv.WriteField($"{first} {last[0]}.");
            csv.WriteField(c.ChildAgeYears.ToString(CultureInfo.InvariantCulture));
            csv.WriteField(c.Source.ToString());
            csv.WriteField(c.Rag.ToString());
            csv.WriteField(Time(c.ArrivedAt));
            csv.WriteField(c.OutOfHours ? "True" : "False");
            csv.WriteField(Time(c.RatedAt));
            csv.WriteField(Time(c.DecidedAt));
            csv.WriteField(c.DecidedAt is null ? "" : c.Decision?.ToString() ?? "");
            csv.WriteField(c.DecidedAt <= c.DecisionDeadline ? "True" : "False");
            csv.WriteField((c.DecidedAt ?? c.LeftAt ?? SimTime.MaxValue) > c.FlagDeadline ? "True" : "False");
            csv.WriteField(c.ChecksRequested.ToString(CultureInfo.InvariantCulture));
            csv.WriteField(string.Join(';', agencies.Where((_, i) => (c.ChecksMissingAtDecision & (1UL << i)) != 0)));
            csv.WriteField(Time(c.LeftAt));
            csv.WriteField(c.State.ToString());
            csv.EndRecord();
        }
    }

    private static IEnumerable<Contact> Contacts(int count, int seed)
    {
        var random = new Random(seed);
        var sources = Enum.GetValues<ContactSource>();
        var rags = Enum.GetValues<RagRating>();
        var decisions = Enum.GetValues<ThresholdDecision>();
        var states = Enum.GetValues<ContactState>();
        int agencies = Scenario.Mash.Checks.Agencies.Count;
        // Times from before the start to years in, with fractions of a minute, exact day boundaries and just before them.
        SimTime Time() => random.Next(4) switch
        {
            0 => new SimTime(random.Next(-100_000, 3_000_000)),
            1 => new SimTime(1440.0 * random.Next(0, 2000)),
            2 => new SimTime(1440.0 * random.Next(1, 2000) - 1e-4),
            _ => new SimTime(random.NextDouble() * 2_000_000 - 50_000),
        };
        SimTime? Maybe() => random.Next(4) == 0 ? null : Time();
        for (int i = 0; i < count; i++)
        {
            // Children known before the run have negative ids.
            int child = random.Next(3) == 0 ? -10_000_000 - random.Next(1_000_000) : random.Next(0, 5_000_000);
            yield return new Contact(random.Next(0, int.MaxValue), sources[random.Next(sources.Length)], rags[random.Next(rags.Length)], Time(), random.Next(2) == 0, child)
            {
                ChildAgeYears = random.Next(0, 18),
                OutOfHours = random.Next(2) == 0,
                RatedAt = Maybe(),
                DecidedAt = Maybe(),
                LeftAt = Maybe(),
                Decision = random.Next(5) == 0 ? null : decisions[random.Next(decisions.Length)],
                DecisionDeadline = Time(),
                FlagDeadline = Time(),
                ChecksRequested = random.Next(0, agencies + 1),
                ChecksMissingAtDecision = random.Next(3) == 0 ? 0 : (ulong)random.NextInt64(0, 1L << agencies),
                State = states[random.Next(states.Length)],
            };
        }
    }

    [Fact]
    public void Writes_the_bytes_a_string_writer_writes()
    {
        using var temp = new TempFolder();
        var contacts = Contacts(20_000, seed: 5).ToArray();
        string expected = Path.Combine(temp.Path, "expected.csv"), actual = Path.Combine(temp.Path, "actual.csv");
        WriteAsStrings(expected, contacts);
        using (var writer = new ContactLogFile.Writer(actual, Scenario, Seed))
        {
            foreach (var c in contacts) writer.Add(c);
        }
        Assert.Equal(File.ReadAllBytes(expected), File.ReadAllBytes(actual));
        // The comparison covered the fields that are often empty and often full.
        string text = File.ReadAllText(expected);
        Assert.Contains(";", text);
        Assert.Contains(",,", text);
    }

    [Fact]
    public void A_child_has_one_name_in_contacts_csv_and_in_its_trace_and_names_vary()
    {
        var names = new HashSet<string>();
        for (int child = -10_000_100; child < 20_000; child += 97)
        {
            var (first, last) = ChildNames.Of(Seed, child);
            Assert.Equal($"{first} {last}", SyntheticChild.For(Seed, child).Name);
            var buffer = new byte[ChildNames.MaxShortLength];
            Assert.Equal($"{first} {last[0]}.", Encoding.UTF8.GetString(ChildNames.ShortUtf8(Seed, child, buffer)));
            Assert.Equal((first, last), ChildNames.Of(Seed, child));
            names.Add(first + " " + last);
        }
        // About 103,000 children sampled; the lists give 1,000 first names and 473 last names.
        Assert.True(names.Count > 50_000, $"only {names.Count} distinct names");
        // Another seed names the same child differently (for most children).
        int same = Enumerable.Range(0, 1000).Count(child => ChildNames.Of(Seed, child) == ChildNames.Of(Seed + 1, child));
        Assert.True(same < 10, $"{same} of 1,000 children kept their name under another seed");
    }
}
