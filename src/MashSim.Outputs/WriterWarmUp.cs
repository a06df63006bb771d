using MashSim.Outputs.Reports;

namespace MashSim.Outputs;

/// <summary>Readies what writing a results folder first pays for (the report's template, ScottPlot's fonts and Skia) on a core the run's start leaves idle.</summary>
/// <remarks>
/// A run's writing starts by parsing report.html's template and by drawing its first plot, which loads the fonts and
/// Skia's code: about a third of the default's writing, on one thread after the replications. While the command line
/// and the scenario load, one core of two has nothing to do, so that work is done there and the writing finds it done.
/// Nothing it does reaches a file: the plot is drawn in memory and dropped, and SVG clip ids are renumbered per file
/// (<c>PlotFiles.NumberClipIdsFromOne</c>), so the folder's bytes are the same with or without it.
/// </remarks>
public sealed class WriterWarmUp
{
    private readonly Task _work;

    private WriterWarmUp(Task work) => _work = work;

    /// <summary>Starts it on another thread when the run has more than one (<paramref name="threads"/>), else does nothing.</summary>
    public static WriterWarmUp? StartIf(int threads) =>
        threads > 1 && Environment.ProcessorCount > 1 ? new WriterWarmUp(Task.Run(Prepare)) : null;

    /// <summary>Waits for it to finish, so the writing never draws beside it; a failure here is left for the writing to meet.</summary>
    public void Wait()
    {
        try
        {
            _work.Wait();
        }
        catch (AggregateException)
        {
            // The writing does the same work again and reports what goes wrong there, with its context.
        }
    }

    private static void Prepare()
    {
        ReportFile.Prepare();
        var plot = new ScottPlot.Plot();
        plot.Add.Scatter(new double[] { 0, 1, 2 }, new double[] { 1, 0, 2 });
        plot.Title("warm-up");
        plot.XLabel("x");
        plot.YLabel("y");
        plot.GetImage(160, 120).GetImageBytes();
        plot.GetSvgXml(160, 120);
    }
}
