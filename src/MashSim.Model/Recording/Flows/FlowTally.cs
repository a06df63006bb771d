using System.Runtime.CompilerServices;
using MashSim.Kernel;

namespace MashSim.Model.Recording.Flows;

/// <summary>
/// Counts one workflow's transitions and accumulates time in state, for the measured period only. On the hot path:
/// every transition is a few array writes (enums as indices, entry times by entity id), nothing allocated per event.
/// </summary>
/// <remarks>
/// A transition counts when it fires in [measured start, end). A state's visit runs from entering it to leaving it for
/// another state (a self-transition, such as a plan review that continues the plan, does not end the visit) and
/// counts when it ends in the period. An entity first seen leaving a state entered it when it was created.
/// </remarks>
internal sealed class FlowTally<TState, TTrigger>(SimTime measuredFrom, SimTime measuredUntil)
    where TState : struct, Enum
    where TTrigger : struct, Enum
{
    private static readonly int StateCount = Enum.GetValues<TState>().Length;
    private static readonly int TriggerCount = Enum.GetValues<TTrigger>().Length;

    private readonly TransitionFlows _flows = TransitionFlows.Empty(StateCount, TriggerCount);
    // Entry times by id, in fixed-size chunks made as ids reach them: growing never copies, and no chunk is large
    // enough for the large-object heap, whose allocations bring on full collections (an England-sized year has
    // 2.4 million contact ids).
    private const int ChunkBits = 12;
    private const int ChunkSize = 1 << ChunkBits;
    private double[]?[] _enteredAt = [];          // by id, for ids from 0
    private double[]?[] _enteredAtNegative = [];  // by -id - 1, for the initial stock's negative ids

    public TransitionFlows Flows => _flows;

    public void Record(int id, SimTime createdAt, SimTime now, TState from, TState to, TTrigger trigger)
    {
        int f = Unsafe.As<TState, int>(ref from), t = Unsafe.As<TState, int>(ref to);
        ref double entered = ref EntryTime(id);
        if (double.IsNaN(entered)) entered = createdAt.Minutes;
        bool measured = now.Minutes >= measuredFrom.Minutes && now.Minutes < measuredUntil.Minutes;
        if (measured) _flows.Counts[_flows.Index(f, Unsafe.As<TTrigger, int>(ref trigger), t)]++;
        if (f == t) return;
        if (measured)
        {
            _flows.HoursInState[f] += (now.Minutes - entered) / 60.0;
            _flows.Visits[f]++;
        }
        entered = now.Minutes;
    }

    private ref double EntryTime(int id)
    {
        if (id >= 0) return ref Slot(ref _enteredAt, id);
        return ref Slot(ref _enteredAtNegative, -id - 1);
    }

    private static ref double Slot(ref double[]?[] chunks, int index)
    {
        int chunk = index >> ChunkBits;
        if (chunk >= chunks.Length) Array.Resize(ref chunks, Math.Max(chunk + 1, chunks.Length * 2));
        var times = chunks[chunk];
        if (times is null)
        {
            times = chunks[chunk] = new double[ChunkSize];
            Array.Fill(times, double.NaN);
        }
        return ref times[index & (ChunkSize - 1)];
    }
}
