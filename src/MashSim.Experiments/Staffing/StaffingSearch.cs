using MashSim.Experiments.Results;
using MashSim.Experiments.Runs;
using MashSim.Experiments.Scenarios;

namespace MashSim.Experiments.Staffing;

/// <summary>Finds the smallest number of staff in one role that meets every target with 95% confidence.</summary>
/// <remarks>
/// Every number tried runs the same replications with the same seed (common random numbers), so neighbouring
/// staffing levels differ by the staffing, not by luck. More staff is assumed never to make a target worse, so the
/// search climbs from the scenario's own number until the targets are met, or walks down while they still are.
/// </remarks>
public static class StaffingSearch
{
    /// <summary>One staffing level tried, with its outcome for every target.</summary>
    public sealed record Trial(int Staff, IReadOnlyList<(StaffingTarget Target, OutcomeSummary Outcome, bool Met)> Results)
    {
        public bool MeetsAll => Results.All(r => r.Met);
    }

    public sealed record Answer(string Role, int? Smallest, IReadOnlyList<Trial> Evidence);

    /// <summary>Searches from <paramref name="start"/>, the scenario's own number in <paramref name="role"/> (read and checked by the caller with <see cref="ScenarioFields.ReadNumber"/>).</summary>
    public static Answer FindSmallest(Func<IReadOnlyList<string>, LoadedScenario> load, string role, int start, IReadOnlyList<StaffingTarget> targets,
        ReplicationPlan plan, int maximum, Action<Trial>? tried = null)
    {
        var trials = new Dictionary<int, Trial>();

        Trial Try(int staff)
        {
            if (trials.TryGetValue(staff, out var known)) return known;
            var result = Replications.Run(load([$"{role}={staff}"]).Scenario, plan);
            var trial = new Trial(staff, targets.Select(t => (t, result[t.Kpi], t.IsMetBy(result[t.Kpi]))).ToArray());
            trials[staff] = trial;
            tried?.Invoke(trial);
            return trial;
        }

        int current = Math.Max(1, start);
        if (Try(current).MeetsAll)
        {
            while (current > 1 && Try(current - 1).MeetsAll) current--;
            return new Answer(role, current, trials.Values.OrderBy(t => t.Staff).ToArray());
        }
        while (current < maximum)
        {
            current++;
            if (Try(current).MeetsAll) return new Answer(role, current, trials.Values.OrderBy(t => t.Staff).ToArray());
        }
        return new Answer(role, null, trials.Values.OrderBy(t => t.Staff).ToArray());
    }
}
