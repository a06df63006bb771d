using Spectre.Console;

namespace MashSim.Cli.Terminal;

/// <summary>A progress bar with the time left, on a real terminal only: redirected output gets no bar and no control codes.</summary>
internal static class ProgressDisplay
{
    /// <summary>Runs <paramref name="work"/>, which ticks once per unit done and may raise the total as it learns more.</summary>
    public static T Run<T>(IAnsiConsole terminal, string label, int total, Func<Action, Action<int>, T> work)
    {
        if (!terminal.Profile.Capabilities.Interactive || total == 0) return work(() => { }, _ => { });
        T result = default!;
        terminal.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask(label, maxValue: total);
                result = work(() => task.Increment(1), planned => task.MaxValue = planned);
            });
        return result;
    }
}
