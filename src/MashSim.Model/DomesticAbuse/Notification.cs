using MashSim.Kernel;

namespace MashSim.Model.DomesticAbuse;

/// <summary>One police domestic abuse notification about a child's household, from arrival to where it ended.</summary>
internal sealed class Notification(int childId, SimTime arrivedAt, bool counted)
{
    public int ChildId { get; } = childId;
    public SimTime ArrivedAt { get; } = arrivedAt;

    /// <summary>Arrived in the measured period, so its outcomes count.</summary>
    public bool Counted { get; } = counted;

    public DomesticAbuseRisk? Risk { get; set; }
    public NotificationEnd? End { get; set; }
}

/// <summary>Where a notification ended.</summary>
internal enum NotificationEnd
{
    /// <summary>Screened below the MASH's threshold: recorded and closed.</summary>
    Closed,

    /// <summary>Passed to the MASH as a contact, at screening or by the MARAC.</summary>
    ContactToMash,

    /// <summary>Heard at the MARAC, which agreed actions.</summary>
    MaracActions,

    /// <summary>Heard at the MARAC, no further action.</summary>
    MaracNoFurtherAction,
}
