using System.Globalization;
using Bogus;
using MashSim.Model.Contacts;
using MashSim.Model.Parameters;
using MashSim.Outputs.Tables;

namespace MashSim.Outputs.ContactLog;

/// <summary>Writes contacts.csv: one row per contact of the first replication, with the child it is about (id, a synthetic name from Bogus, age) so trainers can follow a journey.</summary>
/// <remarks>
/// <c>childId</c> links contacts about the same child (as events.csv's case <c>child-N</c> does). The names are invented,
/// seeded from the run's seed and the child id, so a child keeps its name across contacts, the file is the same every
/// run, and no real child is described. The age is the model's.
/// </remarks>
public static class ContactLogFile
{
    public const string FileName = "contacts.csv";

    public static void Write(string path, Scenario scenario, long seed, IReadOnlyList<Contact> contacts)
    {
        var epoch = scenario.Run.Start.ToDateTime(TimeOnly.MinValue);
        string Time(MashSim.Kernel.SimTime? t) => t is { } v ? epoch.AddMinutes(v.Minutes).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "";
        var faker = new Faker("en_GB");
        var agencies = scenario.Mash.Checks.Agencies.Select(a => a.Name).ToArray();
        string Missing(ulong mask) => string.Join(';', agencies.Where((_, i) => (mask & (1UL << i)) != 0));

        using var csv = SummaryFiles.NewCsv(path);
        foreach (var header in new[] { "id", "childId", "child", "age", "source", "rag", "arrived", "outOfHours", "rated", "decided", "decision",
                     "decisionWithin1WorkingDay", "flaggedOverdue", "checksRequested", "checksMissing", "left", "state" })
        {
            csv.WriteField(header);
        }
        csv.EndRecord();
        foreach (var c in contacts)
        {
            faker.Random = new Randomizer(unchecked((int)seed * 31 + c.ChildId));
            csv.WriteField(c.Id);
            csv.WriteField(c.ChildId);
            csv.WriteField(faker.Name.FirstName() + " " + faker.Name.LastName()[0] + ".");
            csv.WriteField(c.ChildAgeYears);
            csv.WriteField(c.Source);
            csv.WriteField(c.Rag);
            csv.WriteField(Time(c.ArrivedAt));
            csv.WriteField(c.OutOfHours);
            csv.WriteField(Time(c.RatedAt));
            csv.WriteField(Time(c.DecidedAt));
            csv.WriteField(c.DecidedAt is null ? "" : c.Decision?.ToString());
            csv.WriteField(c.DecidedAt <= c.DecisionDeadline);
            csv.WriteField((c.DecidedAt ?? c.LeftAt ?? MashSim.Kernel.SimTime.MaxValue) > c.FlagDeadline);
            csv.WriteField(c.ChecksRequested);
            csv.WriteField(Missing(c.ChecksMissingAtDecision));
            csv.WriteField(Time(c.LeftAt));
            csv.WriteField(c.State);
            csv.EndRecord();
        }
    }
}
