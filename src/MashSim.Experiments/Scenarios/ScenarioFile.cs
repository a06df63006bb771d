using MashSim.Experiments.Calibration;
using MashSim.Experiments.Runs;
using MashSim.Experiments.Staffing;
using MashSim.Model.Parameters.Validation;
using MashSim.Model.Parameters;
using MashSim.Model.Pathway.Parameters;

namespace MashSim.Experiments.Scenarios;

/// <summary>A scenario as its YAML file states it: the model's scenario, and the settings of the experiments run on it.</summary>
/// <remarks>
/// One format for users; two readers. The model gets <see cref="Model"/> only; the replications and seed go into the
/// <see cref="ReplicationPlan"/>, and the calibration targets and staff costs stay with the commands that use them.
/// The properties are in the order <c>scenario.resolved.yaml</c> writes them.
/// </remarks>
public sealed record ScenarioFile : IValidatable
{
    public required string Name { get; init; }
    public string Description { get; init; } = "";
    public required PopulationParameters Population { get; init; }
    public required RunSettings Run { get; init; }
    public required DemandParameters Demand { get; init; }
    public required MashParameters Mash { get; init; }
    public required TimescaleParameters Timescales { get; init; }

    /// <summary>Figures from the reports and national statistics the scenario should reproduce (<c>mashsim calibrate</c>).</summary>
    public IReadOnlyList<CalibrationTarget> Calibration { get; init; } = [];

    /// <summary>The yearly cost of a post in each role the staffing finder may vary (<c>mashsim staff</c> with several roles).</summary>
    public IReadOnlyList<StaffCost> StaffCosts { get; init; } = [];

    /// <summary>What follows the front door; null stops the run at the front door.</summary>
    public PathwayParameters? Pathway { get; init; }

    /// <summary>Police domestic abuse notifications and the MARAC; null leaves them out.</summary>
    public Model.DomesticAbuse.DomesticAbuseParameters? DomesticAbuse { get; init; }

    /// <summary>The MET hub's return home interviews and exploitation work; null leaves it out.</summary>
    public Model.MetHub.MetHubParameters? MetHub { get; init; }

    /// <summary>The early help hub with its own workers and waiting list; null leaves it out.</summary>
    public Model.EarlyHelp.EarlyHelpHubParameters? EarlyHelpHub { get; init; }

    /// <summary>The model's part: everything but the replications, seed, calibration targets and staff costs.</summary>
    public Scenario Model() => new()
    {
        Name = Name, Description = Description, Population = Population, Run = Run.Period(),
        Demand = Demand, Mash = Mash, Timescales = Timescales, Pathway = Pathway,
        DomesticAbuse = DomesticAbuse, MetHub = MetHub, EarlyHelpHub = EarlyHelpHub,
    };

    /// <summary>The file's replications and seed, on <paramref name="threads"/> threads.</summary>
    public ReplicationPlan Plan(int threads) => new(Run.Replications, Run.Seed, threads);

    /// <summary>The file as <paramref name="plan"/> ran it, for the resolved scenario a results folder keeps (a run may have chosen its own number of replications).</summary>
    public ScenarioFile AsRun(ReplicationPlan plan) => this with { Run = Run with { Replications = plan.Replications, Seed = plan.Seed } };

    public IEnumerable<ValidationProblem> Validate()
    {
        if (string.IsNullOrWhiteSpace(Name)) yield return new("name", "must not be empty");
        else if (!IsFolderName(Name))
            yield return new("name", $"'{Shortened(Name)}' is used in the results folder name: use letters, digits and dashes only (dots and underscores too), " +
                                     $"starting with a letter or digit, at most {MaxNameLength} characters");
        if (Pathway is { } pathway && OfficeHours.MeetingDayProblem("pathway.earlyHelp.panelDay", "the early help panel", pathway.EarlyHelp.PanelDay,
                Mash.Hours.ForSocialWorkers(), "mash.hours, which the social workers keep") is { } panel) yield return panel;
        var repeated = StaffCosts.GroupBy(c => c.Role).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null) yield return new("staffCosts", $"'{repeated.Key}' is costed twice");
    }

    /// <summary>The longest name: a comparison's folder joins two names, and a path component may not pass 255 bytes.</summary>
    public const int MaxNameLength = 80;

    /// <summary>
    /// Whether <paramref name="name"/> makes a results folder name every shell and file system takes as it is: ASCII
    /// letters and digits, dashes, underscores and dots, not starting with a dot (a hidden folder) or a dash (read as an
    /// option by ls or rm), and short enough to leave room for the date and a second name. A 300-character name
    /// once ran the whole replication and then failed to make its folder.
    /// </summary>
    public static bool IsFolderName(string name) =>
        name.Length is > 0 and <= MaxNameLength && char.IsAsciiLetterOrDigit(name[0]) && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');

    private static string Shortened(string name) => name.Length <= MaxNameLength ? name : name[..MaxNameLength] + "...";
}
