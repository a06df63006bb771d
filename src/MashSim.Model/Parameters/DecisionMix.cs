using MashSim.Model.Parameters.Validation;
using MashSim.Model.Contacts;

namespace MashSim.Model.Parameters;

/// <summary>The chances of each threshold decision for contacts of one RAG rating.</summary>
public sealed record DecisionMix : IValidatable
{
    public double NoFurtherAction { get; init; }
    public double Advice { get; init; }
    public double EarlyHelp { get; init; }
    public double Referral { get; init; }

    public IEnumerable<KeyValuePair<ThresholdDecision, double>> Shares() =>
    [
        new(ThresholdDecision.NoFurtherAction, NoFurtherAction), new(ThresholdDecision.Advice, Advice),
        new(ThresholdDecision.EarlyHelp, EarlyHelp), new(ThresholdDecision.Referral, Referral),
    ];

    public IEnumerable<ValidationProblem> Validate() => Parameters.Shares.Check(
        [("noFurtherAction", NoFurtherAction), ("advice", Advice), ("earlyHelp", EarlyHelp), ("referral", Referral)]);
}
