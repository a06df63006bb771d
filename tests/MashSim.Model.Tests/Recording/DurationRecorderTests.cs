using MashSim.Model.Recording;
using MashSim.Model.Recording.Distributions;

namespace MashSim.Model.Tests.Recording;

/// <summary>The duration recorder keeps one sample per duration, found by the duration itself, and fills each one's outcomes from its own sample.</summary>
public class DurationRecorderTests
{
    [Fact]
    public void Each_duration_keeps_its_own_sample_and_fills_its_own_percentiles()
    {
        var recorder = new DurationRecorder();
        for (int i = 1; i <= 11; i++) recorder.Add(Duration.ContactToDecision, i);
        recorder.Add(Duration.SincePreviousReferral, 400);
        recorder.Add(Duration.SincePreviousReferral, 10);
        Assert.Equal([11, 0, 0, 0, 0, 0, 2], Duration.All.Select(recorder.Count));

        var values = new double[Kpi.All.Count];
        var histograms = recorder.Fill(values);
        Assert.Equal([2, 3.5, 6, 8.5, 10], Duration.ContactToDecision.Percentiles.Select(k => values[k.Index]));
        Assert.Equal(49, values[Duration.SincePreviousReferral.Percentiles[0].Index], 9);
        Assert.All(Duration.ReferralToAllocation.Percentiles, k => Assert.True(double.IsNaN(values[k.Index])));
        Assert.Equal(Duration.All.Select(d => d.Id), histograms.Select(h => h.Id));
        // Edges 0,30,...: 10 falls in the first bin, 400 in [365, 545).
        Assert.Equal([1L, 0, 0, 0, 0, 0, 1, 0, 0, 0], histograms[6].Counts);
    }

    [Fact]
    public void A_duration_that_is_not_one_of_all_is_refused()
    {
        var stranger = Duration.ContactToDecision with { Id = "stranger" };
        Assert.Throws<ArgumentException>(() => new DurationRecorder().Add(stranger, 1));
    }
}
