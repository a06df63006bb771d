using MashSim.Model.Parameters;

namespace MashSim.Model.Population;

/// <summary>Shares of children by the most services did for them: used for the children known before the run starts.</summary>
public sealed record InvolvementMix : ShareMix<Involvement>
{
    public double Contact { get; init; }
    public double Referral { get; init; }
    public double ChildInNeedPlan { get; init; }
    public double ChildProtectionPlan { get; init; }
}
