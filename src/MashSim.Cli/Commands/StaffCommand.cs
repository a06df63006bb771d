using System.CommandLine;
using MashSim.Cli.Terminal;
using MashSim.Experiments.Runs;
using MashSim.Experiments.Scenarios;
using MashSim.Experiments.Staffing;
using MashSim.Outputs;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace MashSim.Cli.Commands;

/// <summary><c>mashsim staff</c>: the smallest number of staff in a role that meets every target with 95% confidence, with the evidence.</summary>
public sealed class StaffCommand(IAnsiConsole terminal, ErrorWriter error, IOptions<ResultsOptions> results)
{
    private readonly RunOptions _options = new();
    private readonly Option<string> _role = new("--role") { Description = "The staff count to vary, e.g. mash.staff.socialWorkers or pathway.team.socialWorkers.", Required = true };
    private readonly Option<string[]> _targets = new("--target")
    {
        Description = "A target met with 95% confidence, e.g. \"decisionWithin1WorkingDay >= 0.95\"; repeatable.",
        Required = true,
        HelpName = "\"outcome >= value\"",
    };
    private readonly Option<int?> _max = new("--max") { Description = "The most staff to try (default: four times the scenario's number)." };

    public Command Build()
    {
        var command = new Command("staff", "Find the smallest staffing in one role that meets every target with 95% confidence (the whole interval on the right side), using common random numbers; writes staffing.csv with the evidence.");
        _options.AddTo(command);
        command.Add(_role);
        command.Add(_targets);
        command.Add(_max);
        command.SetAction((parsed, cancellation) => Task.FromResult(Execute(parsed)));
        return command;
    }

    private int Execute(ParseResult parsed)
    {
        StaffingTarget[] targets;
        try
        {
            targets = parsed.GetValue(_targets)!.Select(StaffingTarget.Parse).ToArray();
        }
        catch (FormatException e)
        {
            error.Writer.WriteLine($"mashsim: --target: {e.Message}");
            return ExitCodes.BadInput;
        }
        int threads = parsed.GetValue(_options.Threads) ?? ReplicationPlan.DefaultThreads;
        var overrides = _options.FixedRunOverrides(parsed, "staff");
        var scenario = _options.Scenario.Load(parsed, overrides).Scenario;
        string role = parsed.GetValue(_role)!;
        int start;
        try
        {
            var (value, whole) = ScenarioFields.ReadNumber(scenario, role);
            if (!whole) throw new ArgumentException($"{role}: not a count of staff (it is not a whole number).");
            start = (int)value;
        }
        catch (ArgumentException e)
        {
            error.Writer.WriteLine($"mashsim: --role {e.Message}");
            return ExitCodes.BadInput;
        }
        string root = parsed.GetValue(_options.Out) ?? results.Value.Root;
        if (!ScenarioRunner.ThreadsAndFolderAreUsable(threads, root, error)) return ExitCodes.BadInput;

        var plan = new ReplicationPlan(scenario.Run.Replications, scenario.Run.Seed, threads);
        int maximum = parsed.GetValue(_max) ?? Math.Max(4 * start, start + 10);
        terminal.MarkupLine($"Finding the smallest {Markup.Escape(role)} (now {start}) that meets {string.Join(" and ", targets.Select(t => Markup.Escape(t.ToString())))} with 95% confidence; {plan.Replications} replications each, seed {plan.Seed}");
        var startedAt = DateTime.Now;
        var answer = StaffingSearch.FindSmallest(extra => _options.Scenario.Load(parsed, [.. overrides, .. extra]), role, start, targets, plan, maximum,
            trial => terminal.MarkupLine($"  {trial.Staff}: {(trial.MeetsAll ? "[green]meets every target[/]" : "does not meet every target")}"));
        string folder = StaffingWriter.Write(root, scenario.Name, answer, startedAt);

        var table = new Table().Border(TableBorder.Rounded).Title("Evidence: each staffing tried, mean and 95% CI").AddColumn(new TableColumn(Markup.Escape(role)).RightAligned());
        foreach (var target in targets) table.AddColumn(new TableColumn(Markup.Escape(target.ToString())).RightAligned());
        foreach (var trial in answer.Evidence)
        {
            var cells = new List<string> { trial.Staff.ToString() };
            cells.AddRange(trial.Results.Select(r =>
                $"{SummaryTable.Format(r.Target.Kpi, r.Outcome.Mean)} ({SummaryTable.Format(r.Target.Kpi, r.Outcome.CiLow)} - {SummaryTable.Format(r.Target.Kpi, r.Outcome.CiHigh)}) {(r.Met ? "[green]yes[/]" : "[red]no[/]")}"));
            table.AddRow(cells.ToArray());
        }
        terminal.Write(table);
        terminal.MarkupLine(answer.Smallest is { } smallest
            ? $"The smallest {Markup.Escape(role)} that meets every target with 95% confidence: [bold]{smallest}[/] (now {start})."
            : $"[red]No staffing up to {maximum} meets every target with 95% confidence.[/]");
        terminal.MarkupLine($"Results: [link]{Markup.Escape(folder)}[/]");
        return ExitCodes.Success;
    }
}
