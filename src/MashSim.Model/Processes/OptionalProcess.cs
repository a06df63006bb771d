namespace MashSim.Model.Processes;

/// <summary>The front door's work beside the contact workflow that a scenario may switch on, each by its own section.</summary>
/// <remarks>An outcome that belongs to one of these is written only when the scenario has its section, so a scenario without it gives the files it gave before.</remarks>
public enum OptionalProcess
{
    /// <summary>Police domestic abuse notifications, their risk assessment and the multi-agency risk assessment conference (MARAC).</summary>
    DomesticAbuse,

    /// <summary>The missing, exploited and trafficked (MET) hub's workers, shared by its two kinds of work below.</summary>
    MetHub,

    /// <summary>Children missing from home or care and their return home interviews.</summary>
    MissingChildren,

    /// <summary>Children at risk of sexual or criminal exploitation: screening, monitoring and the multi-agency exploitation meeting (MACE).</summary>
    Exploitation,

    /// <summary>The early help hub beside the MASH, with its own workers, caseloads and waiting list.</summary>
    EarlyHelpHub,
}
