using MashSim.Model.Pathway.Cases;

namespace MashSim.Model.Pathway.Workflows;

/// <summary>Hears every state change of every case, after entry actions have run.</summary>
public interface ICaseObserver
{
    void OnTransition(Case c, CaseState from, CaseState to, CaseTrigger trigger);
}
