using System.Globalization;
using Bogus;
using CsvHelper;
using MashSim.Model.Contacts;
using MashSim.Model.Parameters;
using MashSim.Model.Recording.ContactLog;
using MashSim.Outputs.Tables;

namespace MashSim.Outputs.ContactLog;

/// <summary>contacts.csv: one row per contact of the first replication, with the child it is about (id, a synthetic name from Bogus, age) so trainers can follow a journey.</summary>
/// <remarks>
/// <c>childId</c> links contacts about the same child (as events.csv's case <c>child-N</c> does). The names are invented,
/// seeded from the run's seed and the child id, so a child keeps its name across contacts, the file is the same every
/// run, and no real child is described. The age is the model's.
/// </remarks>
public static class ContactLogFile
{
    public const string FileName = "contacts.csv";

    /// <summary>Writes the rows as the run passes its contacts on (in arrival order, each once final), so no contact is kept for the file.</summary>
    public sealed class Writer : IContactLog, IDisposable
    {
        private readonly CsvWriter _csv;
        private readonly DateTime _epoch;
        private readonly long _seed;
        private readonly string[] _agencies;
        private readonly Faker _faker = new("en_GB");

        public Writer(string path, Scenario scenario, long seed)
        {
            _epoch = scenario.Run.Start.ToDateTime(TimeOnly.MinValue);
            _seed = seed;
            _agencies = scenario.Mash.Checks.Agencies.Select(a => a.Name).ToArray();
            _csv = SummaryFiles.NewCsv(path);
            foreach (var header in new[] { "id", "childId", "child", "age", "source", "rag", "arrived", "outOfHours", "rated", "decided", "decision",
                         "decisionWithin1WorkingDay", "flaggedOverdue", "checksRequested", "checksMissing", "left", "state" })
            {
                _csv.WriteField(header);
            }
            _csv.EndRecord();
        }

        public void Add(Contact c)
        {
            _faker.Random = new Randomizer(unchecked((int)_seed * 31 + c.ChildId));
            _csv.WriteField(c.Id);
            _csv.WriteField(c.ChildId);
            _csv.WriteField(_faker.Name.FirstName() + " " + _faker.Name.LastName()[0] + ".");
            _csv.WriteField(c.ChildAgeYears);
            _csv.WriteField(c.Source);
            _csv.WriteField(c.Rag);
            _csv.WriteField(Time(c.ArrivedAt));
            _csv.WriteField(c.OutOfHours);
            _csv.WriteField(Time(c.RatedAt));
            _csv.WriteField(Time(c.DecidedAt));
            _csv.WriteField(c.DecidedAt is null ? "" : c.Decision?.ToString());
            _csv.WriteField(c.DecidedAt <= c.DecisionDeadline);
            _csv.WriteField((c.DecidedAt ?? c.LeftAt ?? MashSim.Kernel.SimTime.MaxValue) > c.FlagDeadline);
            _csv.WriteField(c.ChecksRequested);
            _csv.WriteField(Missing(c.ChecksMissingAtDecision));
            _csv.WriteField(Time(c.LeftAt));
            _csv.WriteField(c.State);
            _csv.EndRecord();
        }

        public void Dispose() => _csv.Dispose();

        private string Time(MashSim.Kernel.SimTime? t) => t is { } v ? _epoch.AddMinutes(v.Minutes).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "";

        private string Missing(ulong mask) => string.Join(';', _agencies.Where((_, i) => (mask & (1UL << i)) != 0));
    }
}
