using System.CommandLine;
using MashSim.Cli.Terminal;
using MashSim.Web;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace MashSim.Cli.Commands;

/// <summary><c>mashsim serve</c>: the web page for trainers and planners, on this machine only unless asked otherwise.</summary>
public sealed class ServeCommand(IAnsiConsole terminal)
{
    private readonly Option<string> _address = new("--address")
    {
        Description = "The address to listen on (default 127.0.0.1: this machine only). Another address lets other machines run scenarios here.",
        DefaultValueFactory = _ => "127.0.0.1",
    };
    private readonly Option<int> _port = new("--port") { Description = "The port (default 5170; 0 picks a free one).", DefaultValueFactory = _ => 5170 };
    private readonly Option<string?> _out = new("--out") { Description = "Folder the page's runs are written under (default results/serve)." };
    private readonly Option<string?> _scenarios = new("--scenarios") { Description = "Folder of the scenarios the page offers (default scenarios)." };

    public Command Build()
    {
        var command = new Command("serve", "Start the web page: choose or upload a scenario, change staff and rules, run, compare, and watch a week replayed. Stop with Ctrl-C.")
        {
            _address, _port, _out, _scenarios,
        };
        HelpExamples.Add(command, "serve", "serve --port 8080");
        command.SetAction(async (parsed, cancellation) =>
        {
            var options = new ServeOptions
            {
                Address = parsed.GetValue(_address)!.Trim(),
                Port = parsed.GetValue(_port),
                ResultsRoot = parsed.GetValue(_out) ?? "results/serve",
                ScenarioFolder = parsed.GetValue(_scenarios) ?? "scenarios",
            };
            if (options.Port is < 0 or > 65535) throw new UsageException($"--port must be between 0 and 65535, not {options.Port}.");
            // A mistyped address (999.1.1.1) once opened the page to the whole network.
            if (!options.IsAddress)
                throw new UsageException($"--address takes an IP address of this machine (127.0.0.1, or 0.0.0.0 for every interface) or localhost, not '{options.Address}'.");
            if (parsed.GetValue(_scenarios) is { } folder && !Directory.Exists(folder))
                throw new UsageException($"--scenarios: '{folder}' is not a folder.");
            // Started outside the repository, the default folder is not there and the page offered the built-in scenario alone, unsaid.
            if (parsed.GetValue(_scenarios) is null && !Directory.Exists(options.ScenarioFolder))
                terminal.MarkupLine($"[yellow]No {Markup.Escape(options.ScenarioFolder)} folder in {Markup.Escape(Directory.GetCurrentDirectory())}: the page offers the built-in scenario only. Give --scenarios FOLDER for others.[/]");
            CommandChecks.FolderIsUsable(options.ResultsRoot);
            if (!options.IsLoopback)
                terminal.MarkupLine($"[yellow]Warning: listening on {Markup.Escape(options.Address)}: anyone who can reach this machine can run scenarios on it and read their results. The page has no login.[/]");
            await using var app = WebApp.Build(options);
            try
            {
                await app.StartAsync(cancellation);
            }
            catch (Exception e) when (WhyItCannotListen(e, options) is { } why)
            {
                throw new UsageException(why);
            }
            string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? $"http://{options.Address}:{options.Port}";
            terminal.MarkupLine($"MashSim is serving at [link]{Markup.Escape(address)}/[/] : open it in a browser. Results go to {Markup.Escape(Path.GetFullPath(options.ResultsRoot))}. Ctrl-C stops.");
            try
            {
                await Task.Delay(Timeout.Infinite, cancellation);
            }
            catch (OperationCanceledException)
            {
                // Ctrl-C: stop serving (below) and end normally.
            }
            await app.StopAsync(CancellationToken.None);
            terminal.MarkupLine("Stopped serving.");
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>A failure to listen the user can mend, in one line (not the host's stack trace as an internal error); null for any other.</summary>
    private static string? WhyItCannotListen(Exception e, ServeOptions options) => e switch
    {
        IOException { InnerException: Microsoft.AspNetCore.Connections.AddressInUseException } =>
            $"--port {options.Port} is in use on {options.Address}: another program (perhaps another mashsim serve) listens there. Choose another with --port, or --port 0 for any free one.",
        System.Net.Sockets.SocketException { SocketErrorCode: System.Net.Sockets.SocketError.AddressNotAvailable } =>
            $"--address {options.Address} is not an address of this machine, so nothing can listen on it: give one of its own, 127.0.0.1 (this machine only) or 0.0.0.0 (every interface).",
        _ => null,
    };
}
