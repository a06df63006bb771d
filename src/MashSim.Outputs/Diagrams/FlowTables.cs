using System.Globalization;
using CsvHelper;
using MashSim.Experiments.Results;
using MashSim.Experiments.Scenarios.Limits;
using MashSim.Model.Contacts;
using MashSim.Model.Pathway.Cases;
using MashSim.Model.Recording.Flows;
using MashSim.Outputs.Tables;

namespace MashSim.Outputs.Diagrams;

/// <summary>One transition's flow over all replications' measured periods: the total, and per year of one replication.</summary>
public sealed record FlowRow(string Workflow, string From, string Trigger, string To, long Count, double PerYear);

/// <summary>One state's visits that ended in the measured periods, and their mean length in hours (NaN with no visits).</summary>
public sealed record StateRow(string Workflow, string State, double MeanHours, long Visits);

/// <summary>A run's flows through one workflow, as flows.csv and states.csv hold them: what the diagrams are annotated with.</summary>
public sealed record WorkflowFlows(IReadOnlyList<FlowRow> Flows, IReadOnlyList<StateRow> States)
{
    public double PerYear(WorkflowEdge edge) =>
        Flows.FirstOrDefault(f => f.From == edge.From && f.Trigger == edge.Trigger && f.To == edge.To)?.PerYear ?? 0;

    public StateRow? State(string state) => States.FirstOrDefault(s => s.State == state);
}

/// <summary>Writes and reads flows.csv (workflow, from, trigger, to, count, perYear) and states.csv (workflow, state, meanHours, visits).</summary>
public static class FlowTables
{
    public const string FlowsFile = "flows.csv";
    public const string StatesFile = "states.csv";

    /// <summary>A row per state or transition the run saw: a few kilobytes, however long or large the run.</summary>
    private const long MaxBytes = 16L << 20;

    /// <summary>The run's flows through <paramref name="graph"/>: a row for every drawn transition and state, summed over replications.</summary>
    public static WorkflowFlows? Of(ExperimentResult result, WorkflowGraph graph)
    {
        var perRun = result.Runs.Select(r => graph.Name == "contact" ? r.Flows?.Contact : r.Flows?.Case).ToList();
        if (perRun.Count == 0 || perRun.Any(f => f is null)) return null;
        var total = TransitionFlows.Sum(perRun!);
        double years = result.Runs.Count * (result.Scenario.Run.HorizonDays - result.Scenario.Run.WarmupDays) / 365.0;
        var flows = graph.Edges
            .Select(e => (e, count: total.Count(StateIndex(graph, e.From), TriggerIndex(graph, e.Trigger), StateIndex(graph, e.To))))
            .Select(x => new FlowRow(graph.Name, x.e.From, x.e.Trigger, x.e.To, x.count, x.count / years))
            .ToList();
        var states = graph.States
            .Select(s => (s, i: StateIndex(graph, s)))
            .Select(x => new StateRow(graph.Name, x.s, total.Visits[x.i] > 0 ? total.HoursInState[x.i] / total.Visits[x.i] : double.NaN, total.Visits[x.i]))
            .ToList();
        return new WorkflowFlows(flows, states);
    }

    public static void Write(string folder, IEnumerable<WorkflowFlows> workflows)
    {
        var all = workflows.ToList();
        using (var csv = SummaryFiles.NewCsv(Path.Combine(folder, FlowsFile)))
        {
            foreach (var header in new[] { "workflow", "from", "trigger", "to", "count", "perYear" }) csv.WriteField(header);
            csv.EndRecord();
            foreach (var row in all.SelectMany(w => w.Flows))
            {
                foreach (var field in new[] { row.Workflow, row.From, row.Trigger, row.To }) csv.WriteField(field);
                csv.WriteField(row.Count);
                csv.WriteField(Numbers.Format(row.PerYear));
                csv.EndRecord();
            }
        }
        using (var csv = SummaryFiles.NewCsv(Path.Combine(folder, StatesFile)))
        {
            foreach (var header in new[] { "workflow", "state", "meanHours", "visits" }) csv.WriteField(header);
            csv.EndRecord();
            foreach (var row in all.SelectMany(w => w.States))
            {
                csv.WriteField(row.Workflow);
                csv.WriteField(row.State);
                csv.WriteField(Numbers.Format(row.MeanHours));
                csv.WriteField(row.Visits);
                csv.EndRecord();
            }
        }
    }

    private static readonly string[] FlowHeaders = ["workflow", "from", "trigger", "to", "count", "perYear"];
    private static readonly string[] StateHeaders = ["workflow", "state", "meanHours", "visits"];

    /// <summary>Reads one workflow's flows from a results folder; throws <see cref="InvalidDataException"/> naming the file and line when it is missing or damaged.</summary>
    public static WorkflowFlows Read(string folder, string workflow)
    {
        if (!Directory.Exists(folder)) throw new InvalidDataException($"{folder}: no such folder; --results takes a folder that mashsim run wrote.");
        var flows = ReadRows(Path.Combine(folder, FlowsFile), FlowHeaders, f => new FlowRow(f[0], f[1], f[2], f[3], long.Parse(f[4], CultureInfo.InvariantCulture), Number(f[5])));
        var states = ReadRows(Path.Combine(folder, StatesFile), StateHeaders, f => new StateRow(f[0], f[1], Number(f[2]), long.Parse(f[3], CultureInfo.InvariantCulture)));
        var mine = new WorkflowFlows(flows.Where(f => f.Workflow == workflow).ToList(), states.Where(s => s.Workflow == workflow).ToList());
        if (mine.Flows.Count == 0)
            throw new InvalidDataException($"{Path.Combine(folder, FlowsFile)}: no flows of the {workflow} workflow (a front-door-only scenario has no case workflow).");
        // What this version writes, and nothing else: an edited file once drew negative flows and dropped unknown states unsaid.
        foreach (var f in mine.Flows)
        {
            if (!IsState(workflow, f.From) || !IsTrigger(workflow, f.Trigger) || !IsState(workflow, f.To) || f.Count < 0 || f.PerYear < 0)
                throw new InvalidDataException($"{Path.Combine(folder, FlowsFile)}: {f.Workflow},{f.From},{f.Trigger},{f.To}: not a transition of the {workflow} workflow with a count of zero or more.");
        }
        foreach (var state in mine.States)
        {
            if (!IsState(workflow, state.State) || state.Visits < 0 || state.MeanHours < 0)
                throw new InvalidDataException($"{Path.Combine(folder, StatesFile)}: {state.Workflow},{state.State}: not a state of the {workflow} workflow with visits and hours of zero or more.");
        }
        return mine;
    }

    private static bool IsState(string workflow, string name) =>
        (workflow == "contact" ? Enum.GetNames<ContactState>() : Enum.GetNames<CaseState>()).Contains(name, StringComparer.Ordinal);

    private static bool IsTrigger(string workflow, string name) =>
        (workflow == "contact" ? Enum.GetNames<ContactTrigger>() : Enum.GetNames<CaseTrigger>()).Contains(name, StringComparer.Ordinal);

    private static double Number(string text) => text.Length == 0 ? double.NaN : double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static List<T> ReadRows<T>(string path, string[] headers, Func<string[], T> read)
    {
        if (!File.Exists(path)) throw new InvalidDataException($"{path}: not found; --results takes a folder that mashsim run wrote.");
        using var csv = CsvReader.Create(new StreamReader(InputFiles.OpenBounded(path, MaxBytes, $"a {Path.GetFileName(path)} (a few kilobytes)")),
            new CsvReaderOptions { FormatProvider = CultureInfo.InvariantCulture, HasHeader = false, TrackLineNumbers = true }, leaveOpen: false);
        if (!csv.Read() || csv.FieldCount != headers.Length || !Enumerable.Range(0, headers.Length).Select(csv.GetString).SequenceEqual(headers))
            throw new InvalidDataException($"{path}:1: the header is not {string.Join(',', headers)}.");
        var rows = new List<T>();
        while (csv.Read())
        {
            long line = csv.LineNumber;
            if (csv.FieldCount != headers.Length) throw new InvalidDataException($"{path}:{line}: {csv.FieldCount} fields, not {headers.Length}.");
            var fields = Enumerable.Range(0, headers.Length).Select(csv.GetString).ToArray();
            try
            {
                rows.Add(read(fields));
            }
            catch (Exception e) when (e is FormatException or OverflowException)
            {
                throw new InvalidDataException($"{path}:{line}: not a row of {Path.GetFileName(path)}: {e.Message}");
            }
        }
        return rows;
    }

    private static int StateIndex(WorkflowGraph graph, string state) =>
        graph.Name == "contact" ? (int)Enum.Parse<ContactState>(state) : (int)Enum.Parse<CaseState>(state);

    private static int TriggerIndex(WorkflowGraph graph, string trigger) =>
        graph.Name == "contact" ? (int)Enum.Parse<ContactTrigger>(trigger) : (int)Enum.Parse<CaseTrigger>(trigger);
}
