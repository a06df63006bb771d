using System.CommandLine;
using System.Runtime.InteropServices;
using MashSim.Cli.Commands;
using MashSim.Experiments.Scenarios;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Spectre.Console;

namespace MashSim.Cli;

/// <summary>Builds the host (configuration, logging, services) and the command tree, and runs one command line.</summary>
/// <remarks>Output goes to the writers given, not straight to the console, so tests run the real app in-process.</remarks>
public static class MashSimApp
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], DisableDefaults = true });
        builder.Configuration.AddEnvironmentVariables("MASHSIM_");
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning);
        builder.Services.Configure<ResultsOptions>(builder.Configuration.GetSection("Results"));
        builder.Services.AddSingleton(Terminal.TerminalFactory.Create(output));
        builder.Services.AddSingleton(new ErrorWriter(error));
        builder.Services.AddSingleton<CommandLineInvoker>();
        builder.Services.AddSingleton<ScenarioRunner>();
        builder.Services.AddSingleton<RunCommand>();
        builder.Services.AddSingleton<CalibrateCommand>();
        builder.Services.AddSingleton<CompareCommand>();
        builder.Services.AddSingleton<SweepCommand>();
        builder.Services.AddSingleton<StaffCommand>();
        builder.Services.AddSingleton<MergeCommand>();
        builder.Services.AddSingleton<RerunCommand>();
        builder.Services.AddSingleton<ValidateCommand>();
        builder.Services.AddSingleton<GraphCommand>();
        builder.Services.AddSingleton<TraceCommand>();
        builder.Services.AddSingleton<ServeCommand>();
        using var host = builder.Build();

        var root = new RootCommand("MashSim: a discrete-event simulator of a children's social care front door (MASH) and what follows.");
        root.Add(host.Services.GetRequiredService<RunCommand>().Build());
        root.Add(host.Services.GetRequiredService<CalibrateCommand>().Build());
        root.Add(host.Services.GetRequiredService<CompareCommand>().Build());
        root.Add(host.Services.GetRequiredService<SweepCommand>().Build());
        root.Add(host.Services.GetRequiredService<StaffCommand>().Build());
        root.Add(host.Services.GetRequiredService<MergeCommand>().Build());
        root.Add(host.Services.GetRequiredService<RerunCommand>().Build());
        root.Add(host.Services.GetRequiredService<ValidateCommand>().Build());
        root.Add(host.Services.GetRequiredService<GraphCommand>().Build());
        root.Add(host.Services.GetRequiredService<TraceCommand>().Build());
        root.Add(host.Services.GetRequiredService<ServeCommand>().Build());
        Terminal.HelpExamples.Attach(root);
        RefuseUnknownOptionsAsArguments(root);
        var invocation = new InvocationConfiguration
        {
            Output = output, Error = error, EnableDefaultExceptionHandler = false,
            // MashSim handles Ctrl-C itself (below): System.CommandLine would end the process before a sweep could save its points.
            ProcessTerminationTimeout = null,
        };
        using var stop = new CancellationTokenSource();
        host.Services.GetRequiredService<CommandLineInvoker>().Attach(nested => Dispatch(root, nested, invocation, error, stop.Token));
        PosixSignal? stoppedBy = null;
        void Stop(PosixSignalContext signal)
        {
            stoppedBy ??= signal.Signal;
            RequestStop(signal, stop);
        }
        using var sigInt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var sigTerm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        // A closed terminal: stopped cleanly too, where it killed the run and left its unfinished folder behind.
        using var sigHup = PosixSignalRegistration.Create(PosixSignal.SIGHUP, Stop);
        int exit = Dispatch(root, args, invocation, error, stop.Token);
        // 128 + the signal's number, as shells report a process the signal ended: 130 for Ctrl-C, 143 for SIGTERM, 129 for SIGHUP.
        return exit == ExitCodes.Cancelled ? stoppedBy switch
        {
            PosixSignal.SIGTERM => ExitCodes.Terminated,
            PosixSignal.SIGHUP => ExitCodes.HungUp,
            _ => exit,
        } : exit;
    }

    /// <summary>
    /// An option a command does not have arrives as the value of its argument (a scenario file, a results folder):
    /// "validate --json" said "--json:0:0: (file): no such file" and "rerun --json" "'./--json' is not a folder". Such a
    /// word is a parse error naming it as an unknown option, unless a file or folder of that name is there.
    /// </summary>
    private static void RefuseUnknownOptionsAsArguments(Command command)
    {
        foreach (var argument in command.Arguments)
        {
            argument.Validators.Add(result =>
            {
                foreach (var token in result.Tokens.Where(t => t.Value.Length > 1 && t.Value.StartsWith('-') && !File.Exists(t.Value) && !Directory.Exists(t.Value)))
                    result.AddError($"'{token.Value}' is not an option of {command.Name} (see {command.Name} --help), nor a file or folder.");
            });
        }
        foreach (var subcommand in command.Subcommands) RefuseUnknownOptionsAsArguments(subcommand);
    }

    /// <summary>The first Ctrl-C (or SIGTERM) asks the command to stop (the replications under way stop within milliseconds) and keep what is finished; a second ends the process at once.</summary>
    private static void RequestStop(PosixSignalContext signal, CancellationTokenSource stop)
    {
        if (stop.IsCancellationRequested) return;
        signal.Cancel = true;
        stop.Cancel();
    }

    /// <summary>Parses and runs one command line, turning every kind of failure into its message and exit code.</summary>
    private static int Dispatch(RootCommand root, string[] args, InvocationConfiguration invocation, TextWriter error, CancellationToken stop)
    {
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0 && !Terminal.HelpExamples.IsHelp(parsed.Action))
        {
            foreach (var problem in parsed.Errors) error.WriteLine($"mashsim: {ParseErrors.Readable(problem.Message)}");
            error.WriteLine($"Run '{Outputs.Hints.Launcher.Hint("--help")}' for the commands and options.");
            return ExitCodes.BadInput;
        }
        try
        {
            return parsed.InvokeAsync(invocation, stop).GetAwaiter().GetResult();
        }
        catch (Exception e)
        {
            return Report(Unwrapped(e), error);
        }
    }

    /// <summary>
    /// What a replication threw, out of the <see cref="AggregateException"/> the parallel replications wrap it in: a disk
    /// that fills while a run streams its logs is a failure to write, not an internal error. The first that is not a
    /// cancellation, when there is one (the others are replications stopped because of it).
    /// </summary>
    internal static Exception Unwrapped(Exception e)
    {
        if (e is not AggregateException aggregate) return e;
        var inner = aggregate.Flatten().InnerExceptions;
        return inner.FirstOrDefault(x => x is not OperationCanceledException) ?? inner.FirstOrDefault() ?? e;
    }

    /// <summary>Every kind of failure's message and exit code.</summary>
    internal static int Report(Exception failure, TextWriter error)
    {
        switch (failure)
        {
            case ScenarioException e:
                foreach (var problem in e.Errors) error.WriteLine(problem.ToString());
                error.WriteLine($"mashsim: {e.Errors.Count} problem(s) in the scenario; nothing was run or written.");
                return ExitCodes.BadInput;
            case UsageException e:
                error.WriteLine($"mashsim: {e.Message}");
                return ExitCodes.BadInput;
            case CsvHelper.CsvFormatException e:
                // A CSV a command reads (an event log, a results folder's tables) with a record no file of ours holds.
                error.WriteLine($"mashsim: a CSV file given cannot be read: {e.Message}");
                error.WriteLine("mashsim: nothing was written.");
                return ExitCodes.BadInput;
            case InvalidDataException e:
                error.WriteLine($"mashsim: {e.Message}");
                error.WriteLine("mashsim: nothing was written.");
                return ExitCodes.BadInput;
            case Experiments.Runs.Checks.ResultCheckException e:
                foreach (var problem in e.Problems) error.WriteLine($"mashsim: sanity check failed: {problem}");
                error.WriteLine("mashsim: the run's figures cannot be right, so nothing was written; please report it with the command and scenario.");
                return ExitCodes.Failure;
            case OperationCanceledException:
                error.WriteLine("mashsim: stopped; nothing was written.");
                return ExitCodes.Cancelled;
            case Terminal.StandardOutputException e:
                error.WriteLine($"mashsim: {e.Message}");
                error.WriteLine("mashsim: stopped; a results folder exists only if it was finished before this.");
                return ExitCodes.Failure;
            case IOException or UnauthorizedAccessException:
                error.WriteLine($"mashsim: could not write the results: {failure.Message}");
                return ExitCodes.Failure;
            default:
                error.WriteLine($"mashsim: internal error, please report it with the command and scenario: {failure}");
                return ExitCodes.Failure;
        }
    }
}
