using MashSim.Kernel;
using MashSim.Model.Contacts;

namespace MashSim.Model.Recording;

/// <summary>Running counts and sums over counted contacts, taken as each one leaves (or at the end, for those still open).</summary>
/// <remarks>Tallying as contacts leave, rather than keeping every contact to the end, keeps memory flat however long the run.</remarks>
internal sealed class OutcomeTally(double redTargetHours)
{
    private readonly int[] _byRag = new int[3];
    private readonly int[] _inTimeByRag = new int[3];
    private readonly int[] _byDecision = new int[4];

    public List<double> DecisionHours { get; } = [];
    public int Contacts { get; private set; }
    public int Unfinished { get; private set; }
    public double RatedHoursSum { get; private set; }
    public int Rated { get; private set; }
    public int RedWithinTarget { get; private set; }
    public int AmberChecked { get; private set; }
    public int AmberWithChecksMissing { get; private set; }
    public int Flagged { get; private set; }
    public int OutOfHours { get; private set; }
    public double ScreeningWaitHoursSum { get; private set; }
    public int Screened { get; private set; }
    public double HoursInFrontDoorSum { get; private set; }
    public int Left { get; private set; }

    public int ByRag(RagRating rag) => _byRag[(int)rag];
    public int InTimeByRag(RagRating rag) => _inTimeByRag[(int)rag];
    public int InTime => _inTimeByRag.Sum();
    public int WithDecision(ThresholdDecision decision) => _byDecision[(int)decision];

    /// <summary>Adds one counted contact as it stands at <paramref name="now"/>: when it leaves, or at the end if it never did.</summary>
    public void Add(Contact c, SimTime now)
    {
        Contacts++;
        _byRag[(int)c.Rag]++;
        if (c.DecidedAt is { } decided)
        {
            if (decided <= c.DecisionDeadline) _inTimeByRag[(int)c.Rag]++;
            DecisionHours.Add((decided - c.ArrivedAt).Hours);
            _byDecision[(int)c.Decision!.Value]++;
        }
        if (c.RatedAt is { } rated)
        {
            RatedHoursSum += (rated - c.ArrivedAt).Hours;
            Rated++;
        }
        if (c.IsRed && c.State == ContactState.TransferredToDuty && (c.LeftAt!.Value - c.ArrivedAt).Hours <= redTargetHours) RedWithinTarget++;
        if (c.Rag == RagRating.Amber && c.ChecksClosed)
        {
            AmberChecked++;
            if (c.ChecksMissingAtDecision != 0) AmberWithChecksMissing++;
        }
        if ((c.DecidedAt ?? now) > c.FlagDeadline) Flagged++;
        if (c.OutOfHours) OutOfHours++;
        if (c.ScreeningWaitMinutes is { } wait)
        {
            ScreeningWaitHoursSum += wait / 60.0;
            Screened++;
        }
        if (c.LeftAt is { } left)
        {
            HoursInFrontDoorSum += (left - c.ArrivedAt).Hours;
            Left++;
        }
        else
        {
            Unfinished++;
        }
    }
}
