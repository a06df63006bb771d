using MashSim.Kernel;
using MashSim.Model.Contacts;
using MashSim.Model.Pathway.Cases;
using MashSim.Model.Pathway.Workflows;
using MashSim.Model.Workflows;

namespace MashSim.Model.Recording.Flows;

/// <summary>Listens to both workflows and tallies their flows for the diagrams (flows.csv, states.csv).</summary>
internal sealed class FlowRecorder(Simulation simulation, SimTime measuredFrom, SimTime measuredUntil, bool hasPathway) : IContactObserver, ICaseObserver
{
    private readonly FlowTally<ContactState, ContactTrigger> _contacts = new(measuredFrom, measuredUntil);
    private readonly FlowTally<CaseState, CaseTrigger> _cases = new(measuredFrom, measuredUntil);

    public RunFlows Flows => new(_contacts.Flows, hasPathway ? _cases.Flows : null);

    public void OnTransition(Contact contact, ContactState from, ContactState to, ContactTrigger trigger) =>
        _contacts.Record(contact.Id, contact.ArrivedAt, simulation.Now, from, to, trigger);

    public void OnTransition(Case c, CaseState from, CaseState to, CaseTrigger trigger) =>
        _cases.Record(c.Id, c.ReferredAt, simulation.Now, from, to, trigger);
}
