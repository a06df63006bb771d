using MashSim.Kernel;
using MashSim.Kernel.Calendar;
using MashSim.Kernel.Random;
using MashSim.Model.Contacts;
using MashSim.Model.Parameters;
using MashSim.Model.Workflows;

namespace MashSim.Model.Activities;

/// <summary>The lead worker's requests to partner agencies for what they know (001), each answered after that agency's own delay.</summary>
/// <remarks>
/// Agencies are modelled as delays, not staff: the report describes their answers' timeliness, not their capacity.
/// With a deadline, the worker decides with the answers that have arrived and the missing ones are recorded.
/// </remarks>
internal sealed class MultiAgencyChecks : IEventHandler
{
    private const int DeadlineTag = -1;

    private readonly Simulation _simulation;
    private readonly WorkingCalendar _calendar;
    private readonly ContactWorkflow _workflow;
    private readonly ISampler[] _replyMinutes;
    private readonly double[] _askedProbability;
    private readonly System.Random _askedStream;
    private readonly double? _deadlineWorkingMinutes;
    private readonly Action<Contact, double> _onReply;

    public MultiAgencyChecks(Simulation simulation, WorkingCalendar calendar, ContactWorkflow workflow, AgencyChecks checks,
        RandomStreams streams, Action<Contact, double> onReplyHours)
    {
        _simulation = simulation;
        _calendar = calendar;
        _workflow = workflow;
        _replyMinutes = checks.Agencies.Select(a => a.ReplyMinutes.Sampler(streams.Stream($"checks.{a.Name}.reply"))).ToArray();
        _askedProbability = checks.Agencies.Select(a => a.AskedProbability).ToArray();
        _askedStream = streams.Stream("checks.asked");
        _deadlineWorkingMinutes = checks.DeadlineWorkingHours * 60;
        _onReply = onReplyHours;
    }

    /// <summary>Hears each agency's answer by the agency's index (event log, stage times).</summary>
    public Action<Contact, int>? AgencyReplied { get; set; }

    public void Send(Contact contact)
    {
        var now = _simulation.Now;
        int asked = 0;
        ulong outstanding = 0;
        for (int agency = 0; agency < _replyMinutes.Length; agency++)
        {
            // Draw both numbers for every agency so each agency's stream stays aligned across scenarios.
            bool isAsked = _askedStream.NextDouble() < _askedProbability[agency];
            double reply = _replyMinutes[agency].Sample();
            if (!isAsked) continue;
            asked++;
            outstanding |= 1UL << agency;
            _simulation.ScheduleAt(_calendar.AddWorkingMinutes(now, reply), this, agency, contact);
        }
        contact.ChecksRequested = asked;
        contact.ChecksOutstanding = outstanding;
        contact.ChecksClosed = false;
        if (asked == 0) _simulation.Schedule(SimDuration.Zero, this, DeadlineTag, contact);
        else if (_deadlineWorkingMinutes is { } deadline) _simulation.ScheduleAt(_calendar.AddWorkingMinutes(now, deadline), this, DeadlineTag, contact);
    }

    void IEventHandler.Handle(int tag, object? subject)
    {
        var contact = (Contact)subject!;
        if (tag != DeadlineTag)
        {
            contact.ChecksOutstanding &= ~(1UL << tag);
            _onReply(contact, (_simulation.Now - contact.RatedAt!.Value).Hours);
            AgencyReplied?.Invoke(contact, tag);
            if (contact.ChecksOutstanding != 0 || contact.ChecksClosed) return;
        }
        else if (contact.ChecksClosed)
        {
            return;
        }
        contact.ChecksClosed = true;
        contact.ChecksMissingAtDecision = contact.ChecksOutstanding;
        _workflow.Fire(contact, ContactTrigger.ChecksComplete);
    }
}
