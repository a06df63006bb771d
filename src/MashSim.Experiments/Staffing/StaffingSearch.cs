using MashSim.Experiments.Results;
using MashSim.Experiments.Results.Saturation;
using MashSim.Experiments.Scenarios;
using MashSim.Experiments.Scenarios.Editing;

namespace MashSim.Experiments.Staffing;

/// <summary>Finds the smallest staffing in one role, or the cheapest mix over several, that meets every target with 95% confidence.</summary>
/// <remarks>
/// Every staffing tried runs the same replications with the same seed (common random numbers), so neighbouring
/// staffings differ by the staffing, not by luck. More staff is assumed never to make a target worse; the answer is
/// then checked against one fewer in each role, which is kept as evidence.
/// </remarks>
public static class StaffingSearch
{
    /// <summary>A staff count to vary: its path, the scenario's own number, the range to search, and the cost of a post if known.</summary>
    public sealed record Role(string Path, int Now, int Low, int High, double? CostPerFte);

    /// <summary>One staffing tried (a count per role), its yearly cost when every role is costed, and its outcome for every target.</summary>
    public sealed record Trial(IReadOnlyList<int> Staff, double? Cost, IReadOnlyList<(StaffingTarget Target, OutcomeSummary Outcome, bool Met)> Results)
    {
        public bool MeetsAll => Results.All(r => r.Met);

        /// <summary>Whether this staffing's service kept up (a target met by an overloaded run is met for this horizon only).</summary>
        public Overload Overload { get; init; } = Overload.None;
    }

    /// <summary>The staffing chosen (null when none in range meets every target) and every staffing tried.</summary>
    public sealed record Answer(IReadOnlyList<Role> Roles, Trial? Chosen, IReadOnlyList<Trial> Evidence);

    /// <summary>One role: climbs from the scenario's number until the targets are met, or walks down while they still are.</summary>
    /// <param name="baseScenario">The scenario each staffing tried edits.</param>
    /// <param name="role">The role to vary.</param>
    /// <param name="targets">What every staffing must meet.</param>
    /// <param name="run">Runs a staffing's scenario: the same replications and seed each time.</param>
    /// <param name="tried">Hears of each staffing as it is tried.</param>
    public static Answer FindSmallest(LoadedScenario baseScenario, Role role, IReadOnlyList<StaffingTarget> targets,
        Func<Model.Parameters.Scenario, ExperimentResult> run, Action<Trial>? tried = null)
    {
        var trials = new Trials(baseScenario, [role], targets, run, tried);
        int current = Math.Clamp(role.Now, role.Low, role.High);
        if (trials.Try([current]).MeetsAll)
        {
            while (current > role.Low && trials.Try([current - 1]).MeetsAll) current--;
            return trials.Answer([current]);
        }
        while (current < role.High)
        {
            current++;
            if (trials.Try([current]).MeetsAll) return trials.Answer([current]);
        }
        return trials.Answer(null);
    }

    /// <summary>Several roles, each costed: the cheapest mix in the ranges that meets every target.</summary>
    /// <remarks>
    /// For each count of the earlier roles (cheapest first), the smallest count of the last role is found by bisection;
    /// a branch stops as soon as even its cheapest completion costs more than the best mix so far.
    /// </remarks>
    /// <param name="baseScenario">The scenario each staffing tried edits.</param>
    /// <param name="roles">The roles to vary, each costed.</param>
    /// <param name="targets">What every staffing must meet.</param>
    /// <param name="run">Runs a staffing's scenario: the same replications and seed each time.</param>
    /// <param name="tried">Hears of each staffing as it is tried.</param>
    public static Answer FindCheapest(LoadedScenario baseScenario, IReadOnlyList<Role> roles, IReadOnlyList<StaffingTarget> targets,
        Func<Model.Parameters.Scenario, ExperimentResult> run, Action<Trial>? tried = null)
    {
        if (roles.Any(r => r.CostPerFte is null)) throw new ArgumentException("Every role needs a cost per FTE to find the cheapest mix.", nameof(roles));
        var trials = new Trials(baseScenario, roles, targets, run, tried);
        int[]? best = null;
        double bestCost = double.PositiveInfinity;
        var staff = new int[roles.Count];

        void Search(int role, double costSoFar)
        {
            var r = roles[role];
            if (role == roles.Count - 1)
            {
                staff[role] = r.High;
                if (!trials.Try(staff).MeetsAll) return;
                int low = r.Low, high = r.High;
                while (low < high)
                {
                    int middle = (low + high) / 2;
                    staff[role] = middle;
                    if (trials.Try(staff).MeetsAll) high = middle; else low = middle + 1;
                }
                staff[role] = low;
                double cost = costSoFar + low * r.CostPerFte!.Value;
                if (cost < bestCost) (best, bestCost) = ([.. staff], cost);
                return;
            }
            double cheapestRest = roles.Skip(role + 1).Sum(next => next.Low * next.CostPerFte!.Value);
            for (int count = r.Low; count <= r.High; count++)
            {
                double cost = costSoFar + count * r.CostPerFte!.Value;
                if (cost + cheapestRest >= bestCost) break;
                staff[role] = count;
                Search(role + 1, cost);
            }
        }

        Search(0, 0);
        if (best is null) return trials.Answer(null);
        // Bisection trusts that more staff never hurts; check one fewer in each role and take it if it still meets every target.
        for (bool improved = true; improved;)
        {
            improved = false;
            for (int role = 0; role < roles.Count; role++)
            {
                if (best[role] <= roles[role].Low) continue;
                int[] fewer = [.. best];
                fewer[role]--;
                if (trials.Try(fewer).MeetsAll)
                {
                    best = fewer;
                    improved = true;
                }
            }
        }
        return trials.Answer(best);
    }

    /// <summary>The staffings tried so far, each run once.</summary>
    private sealed class Trials(LoadedScenario baseScenario, IReadOnlyList<Role> roles, IReadOnlyList<StaffingTarget> targets,
        Func<Model.Parameters.Scenario, ExperimentResult> run, Action<Trial>? tried)
    {
        private readonly Dictionary<string, Trial> _done = [];

        public Trial Try(IReadOnlyList<int> staff)
        {
            string key = string.Join(',', staff);
            if (_done.TryGetValue(key, out var known)) return known;
            var scenario = baseScenario.With(roles.Select((r, i) => ScenarioEdit.Set(r.Path, staff[i], "--role")).ToArray()).Scenario;
            var result = run(scenario);
            double? cost = roles.All(r => r.CostPerFte is not null) ? roles.Select((r, i) => staff[i] * r.CostPerFte!.Value).Sum() : null;
            var trial = new Trial([.. staff], cost, targets.Select(t => (t, result[t.Kpi], t.IsMetBy(result[t.Kpi]))).ToArray())
            {
                Overload = Overload.Of(result),
            };
            _done[key] = trial;
            tried?.Invoke(trial);
            return trial;
        }

        public Answer Answer(IReadOnlyList<int>? chosen) =>
            new(roles, chosen is null ? null : Try(chosen), _done.Values.OrderBy(t => string.Join(',', t.Staff.Select(s => s.ToString("D6")))).ToArray());
    }
}
