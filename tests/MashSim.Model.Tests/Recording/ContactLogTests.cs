using MashSim.Experiments.Runs;
using MashSim.Kernel;
using MashSim.Kernel.Random;
using MashSim.Model.Contacts;
using MashSim.Model.Parameters;
using MashSim.Model.Recording.ContactLog;

namespace MashSim.Model.Tests.Recording;

/// <summary>The contact log hears each counted contact once, in arrival order, when its row will not change: what lets contacts.csv be written during the run.</summary>
public class ContactLogTests
{
    [Theory]
    [InlineData(60)]
    [InlineData(0)]
    public void The_log_hears_every_counted_contact_once_in_arrival_order_with_its_row_already_final(int drainDays)
    {
        var frontDoor = TestScenarios.FrontDoor();
        var scenario = frontDoor with { Run = frontDoor.Run with { DrainDays = drainDays } };
        var log = new RowsAsHeard();
        SingleRun.Execute(scenario, TestScenarios.SeedOf(scenario), 0, contactLog: log);
        var kept = SingleRun.Execute(scenario, TestScenarios.SeedOf(scenario), 0, keepContacts: true).Contacts!;

        Assert.True(kept.Count > 1000);
        Assert.Equal(kept.Select(c => c.Id), log.Rows.Select(r => r.Id));
        Assert.Equal(kept.Select(c => c.Id).Order(), kept.Select(c => c.Id));
        // What the row held when the log heard it is what the contact holds at the end of the run.
        Assert.Equal(log.Contacts.Select(Row), log.Rows);
        // Without a drain some contacts are still open at the end; they are heard then, in their place in the order.
        Assert.Equal(drainDays == 0, log.Rows.Any(r => r.LeftAt is null));
    }

    [Fact]
    public void Contacts_are_heard_during_the_run_not_kept_to_its_end()
    {
        var scenario = TestScenarios.FrontDoor();
        var log = new RowsAsHeard();
        var model = SocialCareModel.Build(scenario, new RandomStreams(TestScenarios.SeedOf(scenario), 0), log);
        model.Simulation.RunUntil(model.Horizon);
        int heardByHorizon = log.Rows.Count;
        var atHorizon = model.TakeSnapshot();
        model.Simulation.RunUntil(model.Horizon + SimDuration.FromDays(scenario.Run.DrainDays));
        model.Outcomes(atHorizon);

        // By the horizon all but the last arrivals have been heard; the rest (no arrival follows them) at the end.
        Assert.InRange(heardByHorizon, 0.95 * log.Rows.Count, log.Rows.Count - 1);
    }

    [Fact]
    public void Keeping_the_contacts_and_logging_them_at_once_is_refused()
    {
        var scenario = TestScenarios.FrontDoor();
        Assert.Throws<ArgumentException>(() => SingleRun.Execute(scenario, 1, 0, keepContacts: true, contactLog: new ContactList()));
    }

    private static Heard Row(Contact c) => new(c.Id, c.State, c.RatedAt, c.DecidedAt, c.Decision, c.LeftAt, c.OutOfHours, c.ChecksRequested, c.ChecksMissingAtDecision);

    private sealed record Heard(int Id, ContactState State, SimTime? RatedAt, SimTime? DecidedAt, ThresholdDecision? Decision, SimTime? LeftAt,
        bool OutOfHours, int ChecksRequested, ulong ChecksMissing);

    /// <summary>Copies each contact's row fields when it is heard.</summary>
    private sealed class RowsAsHeard : IContactLog
    {
        public List<Heard> Rows { get; } = [];
        public List<Contact> Contacts { get; } = [];

        public void Add(Contact contact)
        {
            Rows.Add(Row(contact));
            Contacts.Add(contact);
        }
    }
}
