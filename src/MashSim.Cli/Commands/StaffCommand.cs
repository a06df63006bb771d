using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;
using MashSim.Cli.Terminal;
using MashSim.Experiments.Runs;
using MashSim.Experiments.Scenarios;
using MashSim.Experiments.Scenarios.Variants;
using MashSim.Experiments.Staffing;
using MashSim.Model.Parameters;
using MashSim.Outputs;
using MashSim.Outputs.Bundles;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace MashSim.Cli.Commands;

/// <summary><c>mashsim staff</c>: the smallest staffing in a role, or the cheapest mix over several costed roles, that meets every target with 95% confidence.</summary>
public sealed partial class StaffCommand(IAnsiConsole terminal, IOptions<ResultsOptions> results)
{
    private readonly RunOptions _options = new();
    private readonly Option<string[]> _roles = new("--role")
    {
        Description = "A staff count to vary, e.g. mash.staff.socialWorkers, optionally with a range to search (mash.staff.managers=1..6); repeat for the cheapest mix, priced by the scenario's staffCosts.",
        Required = true,
        HelpName = "path[=low..high]",
    };
    private readonly Option<string[]> _targets = new("--target")
    {
        Description = "A target met with 95% confidence, e.g. \"decisionWithin1WorkingDay >= 0.95\"; repeatable.",
        Required = true,
        HelpName = "\"outcome >= value\"",
    };
    private readonly Option<int?> _max = new("--max") { Description = "The most staff to try in a role given without a range (default: four times the scenario's number, or ten more)." };

    public Command Build()
    {
        var command = new Command("staff", "Find the smallest staffing in one role, or the cheapest mix over several costed roles, that meets every target with 95% confidence (the whole interval on the right side), using common random numbers; writes staffing.csv with the evidence.");
        _options.AddTo(command);
        command.Add(_roles);
        command.Add(_targets);
        command.Add(_max);
        HelpExamples.Add(command, "staff --role mash.staff.socialWorkers --target \"decisionWithin1WorkingDay >= 95%\"",
            "staff scenarios/validation/mmc.yaml --role mash.staff.socialWorkers=3..8 --target \"screeningWaitHoursMean <= 0.1\"",
            "staff --role mash.staff.socialWorkers=6..14 --role mash.staff.managers=1..6 --target \"decisionWithin1WorkingDay >= 0.9\"");
        HelpExamples.Note(command, HelpExamples.OutcomeIdsNote("--target"));
        HelpExamples.Note(command, "A --role is any whole-number path that --set accepts. " + HelpExamples.SetPathsNote);
        command.SetAction((parsed, cancellation) => Task.FromResult(Execute(parsed, cancellation)));
        return command;
    }

    [GeneratedRegex(@"^(?<path>[^=]+?)\s*(=\s*(?<low>\d+)\s*\.\.\s*(?<high>\d+))?\s*$")]
    private static partial Regex RolePattern();

    private int Execute(ParseResult parsed, CancellationToken cancellation)
    {
        StaffingTarget[] targets;
        try
        {
            targets = parsed.GetValue(_targets)!.Select(StaffingTarget.Parse).ToArray();
        }
        catch (FormatException e)
        {
            throw new UsageException($"--target: {e.Message}");
        }
        int threads = parsed.GetValue(_options.Threads) ?? ReplicationPlan.DefaultThreads;
        var loaded = _options.LoadFixed(parsed, "staff");
        var scenario = loaded.Scenario;
        StaffingSearch.Role[] roles;
        try
        {
            roles = parsed.GetValue(_roles)!.Select(text => ReadRole(text, loaded.File, parsed.GetValue(_max))).ToArray();
        }
        catch (ArgumentException e)
        {
            throw new UsageException($"--role {e.Message}");
        }
        if (roles.GroupBy(r => r.Path).FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw new UsageException($"--role: {twice.Key} is given twice.");
        if (roles.Length > 1 && roles.FirstOrDefault(r => r.CostPerFte is null) is { } uncosted)
            throw new UsageException($"--role: {uncosted.Path} has no cost; the cheapest mix needs staffCosts in the scenario for every role (role, perFtePerYear).");
        string root = parsed.GetValue(_options.Out) ?? results.Value.Root;
        CommandChecks.ThreadsAndFolderAreUsable(threads, root);
        CommandChecks.EnoughForConfidenceIntervals("staff", "its targets", loaded.File.Run.Replications);
        RunSizeCheck.Before(terminal, scenario, loaded.File.Run.Replications, threads, root, writesContactLog: false);

        var plan = loaded.File.Plan(threads);
        string targetText = string.Join(" and ", targets.Select(t => Markup.Escape(t.ToString())));
        terminal.MarkupLine(roles.Length == 1
            ? $"Finding the smallest {Markup.Escape(roles[0].Path)} (now {roles[0].Now}) that meets {targetText} with 95% confidence; {plan.Replications} replications each, seed {plan.Seed}"
            : $"Finding the cheapest mix of {string.Join(", ", roles.Select(r => $"{Markup.Escape(r.Path)} ({r.Low}-{r.High}, £{r.CostPerFte:N0} a year)"))} that meets {targetText} with 95% confidence; {plan.Replications} replications each, seed {plan.Seed}");
        var startedAt = DateTime.Now;
        // One role climbs or walks down from the scenario's number, so it tries at most this many levels; a mix's count is not known in advance.
        int? levels = roles.Length == 1 ? 1 + Math.Max(Math.Clamp(roles[0].Now, roles[0].Low, roles[0].High) - roles[0].Low, roles[0].High - Math.Clamp(roles[0].Now, roles[0].Low, roles[0].High)) : null;
        var one = SearchEstimate.OneReplication(scenario, plan, cancellation);
        SearchEstimate.Write(terminal, one, levels is { } n ? $"the search, at most {n} levels of {plan.Replications} replications each," : $"each staffing tried ({plan.Replications} replications)",
            SearchEstimate.Of(one, plan, levels ?? 1));
        var searchClock = System.Diagnostics.Stopwatch.StartNew();
        int tried = 0;
        Action<StaffingSearch.Trial> report = trial =>
        {
            tried++;
            string where = levels is { } n
                ? $"level {tried} of at most {n}{(tried < n ? $", {SearchEstimate.Words(searchClock.Elapsed / tried * (n - tried))} left at most" : "")}: "
                : $"staffing {tried}: ";
            terminal.MarkupLine($"  {where}{Markup.Escape(string.Join(", ", trial.Staff))}{(trial.Cost is { } c ? $" (£{c:N0})" : "")}: " +
                                $"{(trial.MeetsAll ? "[green]meets every target[/]" : "does not meet every target")}" +
                                (trial.Overload.Any ? $" [yellow](overloaded: {Markup.Escape(trial.Overload.Text)})[/]" : ""));
        };
        StaffingSearch.Answer answer;
        if (levels is { } count)
        {
            // One bar across the whole search, so its time left is the search's (at most), not one level's.
            answer = ProgressDisplay.Run(terminal, "staffing search", count * plan.Replications, (tick, _) => StaffingSearch.FindSmallest(loaded, roles[0], targets,
                trial => Replications.Run(trial, plan, tick, cancellation: cancellation), report));
        }
        else
        {
            // A mix's searches have no known length: each staffing tried gets its own bar.
            answer = StaffingSearch.FindCheapest(loaded, roles, targets, trial => ProgressDisplay.Run(terminal, "replications", plan.Replications,
                (tick, _) => Replications.Run(trial, plan, tick, cancellation: cancellation)), report);
        }

        var searchArguments = roles.SelectMany(r => new[] { "--role", $"{r.Path}={r.Low}..{r.High}" })
            .Concat(targets.SelectMany(t => new[] { "--target", t.ToString() })).ToArray();
        string folder = StaffingWriter.Write(root, loaded, answer,
            new RunManifest(CommandChecks.CommandLine(parsed), threads, startedAt, DateTime.Now), searchArguments, cancellation);
        terminal.Write(EvidenceTable(answer, targets));
        terminal.MarkupLine(Conclusion(answer));
        if (answer.Chosen is { Overload.Any: true } overloaded)
            terminal.MarkupLine($"[yellow]The answer's own run is overloaded ({Markup.Escape(overloaded.Overload.Text)}): it meets the targets over this horizon, which a longer run may not.[/]");
        terminal.MarkupLine($"Results: [link]{Markup.Escape(folder)}[/]");
        return ExitCodes.Success;
    }

    /// <summary>The most levels a range given on the command line may hold.</summary>
    private const int MaxLevels = 1000;

    /// <summary>Reads "path" or "path=low..high" and the scenario's number there; the range defaults to 1 up to four times that number (or ten more).</summary>
    private static StaffingSearch.Role ReadRole(string text, ScenarioFile scenario, int? max)
    {
        var match = RolePattern().Match(text);
        if (!match.Success) throw new ArgumentException($"'{text}' is not like mash.staff.socialWorkers or mash.staff.socialWorkers=4..12.");
        string path = match.Groups["path"].Value.Trim();
        // run.horizonDays was searched as if it were staff ("the smallest run.horizonDays that meets every target: 10").
        if (ScenarioVariant.IsRunSetting(path))
            throw new ArgumentException($"{path}: a role is a count of staff in the service, not a run setting; set those with --reps, --seed, --horizon and --warmup.");
        var (value, whole) = ScenarioFields.ReadNumber(scenario.Model(), path);
        if (!whole) throw new ArgumentException($"{path}: not a count of staff (it is not a whole number).");
        int now = (int)value;
        int low = 1, high = max ?? Math.Max(4 * now, now + 10);
        if (match.Groups["low"].Success)
        {
            if (!int.TryParse(match.Groups["low"].Value, CultureInfo.InvariantCulture, out low) || !int.TryParse(match.Groups["high"].Value, CultureInfo.InvariantCulture, out high))
                throw new ArgumentException($"{path}: {match.Groups["low"].Value}..{match.Groups["high"].Value} is not a range of staff counts.");
        }
        if (low < 0 || high < low) throw new ArgumentException($"{path}: the range {low}..{high} is empty.");
        // One role is searched a level at a time: a range of two billion once ran for thousands of hours (a sweep has the same
        // bound). The default range, four times the scenario's number, is left as it is: it grows with the service.
        if ((match.Groups["low"].Success || max is not null) && (long)high - low + 1 > MaxLevels)
            throw new ArgumentException($"{path}: the range {low}..{high} has {(long)high - low + 1:N0} levels; a search tries at most {MaxLevels:N0}, so narrow it (or --max).");
        double? cost = scenario.StaffCosts.FirstOrDefault(c => c.Role == path)?.PerFtePerYear;
        return new StaffingSearch.Role(path, now, low, high, cost);
    }

    private static Table EvidenceTable(StaffingSearch.Answer answer, IReadOnlyList<StaffingTarget> targets)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("Evidence: each staffing tried, mean and 95% CI");
        foreach (var role in answer.Roles) table.AddColumn(new TableColumn(Markup.Escape(role.Path)).RightAligned());
        bool costed = answer.Evidence.Any(t => t.Cost is not null);
        if (costed) table.AddColumn(new TableColumn("Cost a year").RightAligned());
        foreach (var target in targets) table.AddColumn(new TableColumn(Markup.Escape(target.ToString())).RightAligned());
        bool anyOverloaded = answer.Evidence.Any(t => t.Overload.Any);
        if (anyOverloaded) table.AddColumn("Overloaded");
        foreach (var trial in answer.Evidence)
        {
            var cells = trial.Staff.Select(s => s.ToString(CultureInfo.InvariantCulture)).ToList();
            if (costed) cells.Add(trial.Cost is { } cost ? $"£{cost:N0}" : "");
            cells.AddRange(trial.Results.Select(r =>
                $"{SummaryTable.FormatWithInterval(r.Outcome)} {(r.Met ? "[green]yes[/]" : "[red]no[/]")}"));
            if (anyOverloaded) cells.Add(trial.Overload.Any ? $"[yellow]{Markup.Escape(trial.Overload.Text)}[/]" : "");
            table.AddRow(cells.ToArray());
        }
        return table;
    }

    private static string Conclusion(StaffingSearch.Answer answer)
    {
        if (answer.Chosen is not { } chosen)
            return $"[red]No staffing up to {string.Join(", ", answer.Roles.Select(r => $"{Markup.Escape(r.Path)}={r.High}"))} meets every target with 95% confidence.[/]";
        if (answer.Roles.Count == 1)
            return $"The smallest {Markup.Escape(answer.Roles[0].Path)} that meets every target with 95% confidence: [bold]{chosen.Staff[0]}[/] (now {answer.Roles[0].Now}).";
        var mix = string.Join(", ", answer.Roles.Select((r, i) => $"{Markup.Escape(r.Path)} [bold]{chosen.Staff[i]}[/] (now {r.Now})"));
        return $"The cheapest mix that meets every target with 95% confidence: {mix}, £{chosen.Cost:N0} a year.";
    }
}
