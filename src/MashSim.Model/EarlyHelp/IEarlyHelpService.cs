namespace MashSim.Model.EarlyHelp;

/// <summary>Where the front door and the pathway step families down to early help when the scenario has an early help hub with capacity.</summary>
internal interface IEarlyHelpService
{
    /// <summary>Steps <paramref name="childId"/>'s family to early help; <paramref name="onEnded"/>, when given, hears how the episode ended instead of the hub referring a step-up to the MASH itself.</summary>
    void Refer(int childId, Action<EarlyHelpEnding>? onEnded = null);
}
