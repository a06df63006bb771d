using MashSim.Model.Parameters;

namespace MashSim.Model.Population;

/// <summary>Shares of children by the most services did for them: used for the children known before the run starts.</summary>
public sealed record InvolvementMix : ShareMix<Involvement>
{
    public double Contact { get; init; } = 0.72;
    public double Referral { get; init; } = 0.18;
    public double ChildInNeedPlan { get; init; } = 0.07;
    public double ChildProtectionPlan { get; init; } = 0.03;
}
