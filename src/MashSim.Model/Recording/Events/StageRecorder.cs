namespace MashSim.Model.Recording.Events;

/// <summary>Adds up each stage's waiting and working time over the activities of contacts and cases in the measured period.</summary>
/// <remarks>Runs in every replication (the event log may keep only the first), so the stage times have confidence intervals.</remarks>
internal sealed class StageRecorder : IActivityObserver
{
    private readonly (string Stage, string Journey)[] _stages;
    private readonly Dictionary<string, int> _index = [];
    private readonly double[] _wait, _work;
    private readonly int[] _count;

    public StageRecorder(IEnumerable<string> agencies, bool withPathway)
    {
        _stages = [.. JourneyStages.FrontDoor(agencies).Select(s => (s, "contact")),
            .. (withPathway ? JourneyStages.Pathway : []).Select(s => (s, "child"))];
        for (int i = 0; i < _stages.Length; i++) _index[_stages[i].Stage] = i;
        _wait = new double[_stages.Length];
        _work = new double[_stages.Length];
        _count = new int[_stages.Length];
    }

    public void OnActivity(in ActivityRecord record)
    {
        if (!record.Measured || !_index.TryGetValue(record.Activity, out int i)) return;
        _wait[i] += record.WaitHours;
        _work[i] += record.WorkHours;
        _count[i]++;
    }

    public IReadOnlyList<StageTime> Result() =>
        _stages.Select((s, i) => new StageTime(s.Stage, s.Journey, _count[i],
            _count[i] > 0 ? _wait[i] / _count[i] : double.NaN, _count[i] > 0 ? _work[i] / _count[i] : double.NaN)).ToArray();
}
