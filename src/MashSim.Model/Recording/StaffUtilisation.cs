using MashSim.Kernel;
using MashSim.Kernel.Resources;

namespace MashSim.Model.Recording;

/// <summary>A team's utilisation: busy worker time over available worker time, both counted only while the team is open.</summary>
/// <remarks>A worker holding a case overnight is not busy while the office is shut. The area is added up just before each change the pool announces.</remarks>
internal sealed class StaffUtilisation : IStaffPoolObserver
{
    private double _busyOpenArea;
    private double _capacityOpenArea;
    private double _lastChange;

    /// <summary>Busy over available time since the last reset, up to <paramref name="now"/>; NaN if the team was never open.</summary>
    public double Until(StaffPool pool, SimTime now)
    {
        Accumulate(pool, now);
        return _capacityOpenArea > 0 ? _busyOpenArea / _capacityOpenArea : double.NaN;
    }

    /// <summary>Starts a new observation window (the end of the warm-up).</summary>
    public void Reset(StaffPool pool, SimTime now)
    {
        Accumulate(pool, now);
        _busyOpenArea = 0;
        _capacityOpenArea = 0;
    }

    void IStaffPoolObserver.OnQueued(StaffPool pool, SimTime now)
    {
    }

    void IStaffPoolObserver.OnGranting(StaffPool pool, SimTime now, SimDuration waited, int priority) => Accumulate(pool, now);
    void IStaffPoolObserver.OnReleasing(StaffPool pool, SimTime now) => Accumulate(pool, now);
    void IStaffPoolObserver.OnCapacityChanging(StaffPool pool, SimTime now) => Accumulate(pool, now);

    private void Accumulate(StaffPool pool, SimTime now)
    {
        double elapsed = now.Minutes - _lastChange;
        if (elapsed > 0 && pool.IsOpen)
        {
            _busyOpenArea += pool.Busy * elapsed;
            _capacityOpenArea += pool.Capacity * elapsed;
        }
        _lastChange = now.Minutes;
    }
}
