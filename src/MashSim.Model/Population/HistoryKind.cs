namespace MashSim.Model.Population;

/// <summary>What a child's history records: each contact, referral, assessment, plan, early help episode and looked-after spell.</summary>
public enum HistoryKind
{
    Contact,
    Referral,
    Assessment,
    ChildInNeedPlan,
    ChildProtectionPlan,
    EarlyHelp,
    LookedAfter,
}
