using System.CommandLine;
using MashSim.Experiments.Scenarios;

namespace MashSim.Cli.Commands;

/// <summary>The scenario argument and <c>--set</c> overrides that every command reading a scenario shares.</summary>
internal sealed class ScenarioOptions
{
    public Argument<string?> File { get; } = new("scenario")
    {
        Description = "A scenario YAML file (default: the built-in Cumbria November 2017 scenario).",
        Arity = ArgumentArity.ZeroOrOne,
    };

    public Option<string[]> Set { get; } = new("--set")
    {
        Description = "Override one value for this run, as path=value (e.g. mash.staff.socialWorkers=10); repeatable.",
        HelpName = "path=value",
    };

    public void AddTo(Command command)
    {
        command.Add(File);
        command.Add(Set);
    }

    /// <summary>Loads the scenario named on the command line (or the built-in one) with its overrides; throws <see cref="ScenarioException"/> on bad input.</summary>
    public LoadedScenario Load(ParseResult parsed, IEnumerable<string>? extraOverrides = null)
    {
        var overrides = (parsed.GetValue(Set) ?? []).Concat(extraOverrides ?? []).ToArray();
        string? path = parsed.GetValue(File);
        return path is null ? ScenarioLoader.LoadDefault(overrides) : ScenarioLoader.Load(path, overrides);
    }
}
