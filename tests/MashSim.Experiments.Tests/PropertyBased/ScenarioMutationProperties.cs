using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Xunit;
using MashSim.Experiments.Runs;
using MashSim.Experiments.Runs.Checks;
using MashSim.Experiments.Scenarios;
using MashSim.Experiments.Scenarios.Editing;
using MashSim.Experiments.Scenarios.Limits;
using MashSim.Experiments.Scenarios.Variants;

namespace MashSim.Experiments.Tests.PropertyBased;

/// <summary>Every shipped scenario, mutated at random, either loads or is refused with a located <see cref="ScenarioException"/>: never another exception, never a hang; and what loads, runs.</summary>
public sealed partial class ScenarioMutationProperties : IDisposable
{
    private readonly TempFolder _copy = new();
    private readonly string[] _files;

    public ScenarioMutationProperties()
    {
        // A copy of the scenarios folder, so what-ifs that extend a base find it beside them.
        string scenarios = Repository.File("scenarios");
        foreach (var file in Directory.GetFiles(scenarios, "*.yaml", SearchOption.AllDirectories))
        {
            string target = Path.Combine(_copy.Path, Path.GetRelativePath(scenarios, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        _files = Directory.GetFiles(_copy.Path, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
    }

    public void Dispose() => _copy.Dispose();

    private static int Wrap(int value, int size) => size == 0 ? 0 : ((value % size) + size) % size;

    [GeneratedRegex(@"-?\d+(\.\d+)?")]
    private static partial Regex Number();

    private static readonly string[] Numbers = ["0", "-1", "1e9", "2147483648", "-0.5", "1.5", "NaN", ".inf", "99999999999999999999", "3"];
    private static readonly string[] Garbage = ["[", "]", "{", "}", ": ", "&a ", "*a", "*nowhere", "!!binary ", "|", ">", "- ", "#", "'", "\"", "%YAML 1.1", "@", "\t", "---", "? ", "<<: *a", "\u0000", "\uFEFF"];

    /// <summary>One of seven edits a person (or a broken editor) makes to a file.</summary>
    private static string Mutate(string text, int kind, int at, int pick)
    {
        var lines = text.Split('\n').ToList();
        int line = Wrap(at, lines.Count);
        switch (Wrap(kind, 7))
        {
            case 0: // drop a line
                lines.RemoveAt(line);
                break;
            case 1: // change a number
                var numbers = Number().Matches(text);
                if (numbers.Count == 0) return text;
                var match = numbers[Wrap(at, numbers.Count)];
                return text[..match.Index] + Numbers[Wrap(pick, Numbers.Length)] + text[(match.Index + match.Length)..];
            case 2: // break the indentation
                lines[line] = Wrap(pick, 2) == 0 ? new string(' ', 1 + Wrap(pick, 5)) + lines[line] : lines[line].TrimStart();
                break;
            case 3: // insert garbage
                string junk = Garbage[Wrap(pick, Garbage.Length)];
                int column = Wrap(pick, lines[line].Length + 1);
                lines[line] = lines[line][..column] + junk + lines[line][column..];
                break;
            case 4: // duplicate a line: a duplicate key, or a list item twice
                lines.Insert(line, lines[line]);
                break;
            case 5: // cut the file short
                return text[..Wrap(at, text.Length + 1)];
            default: // swap two lines
                int other = Wrap(pick, lines.Count);
                (lines[line], lines[other]) = (lines[other], lines[line]);
                break;
        }
        return string.Join('\n', lines);
    }

    /// <summary>Mutations of the kinds FsCheck found escaping as YamlDotNet exceptions of their own, kept as fixed cases.</summary>
    [Theory]
    [InlineData(-7, -3, -6, 0)] // a named list item twice in a what-if
    [InlineData(0, 3, 5, 4)]    // an anchor on a key
    [InlineData(1, -4, 15, 0)]  // a '[' at the start of a line inside a mapping
    [InlineData(0, 0, 0, 0)]    // the first line of the first file dropped (once timed out when the thread pool was starved)
    public void Mutations_once_found_to_escape_are_clean_errors_now(int file, int kind, int at, int pick) =>
        A_mutated_shipped_scenario_loads_or_is_refused_at_a_file_and_line(file, kind, at, pick);

    [Property(MaxTest = 400)]
    public void A_mutated_shipped_scenario_loads_or_is_refused_at_a_file_and_line(int file, int kind, int at, int pick)
    {
        string original = _files[Wrap(file, _files.Length)];
        string mutated = Path.Combine(Path.GetDirectoryName(original)!, "mutated-" + Path.GetFileName(original));
        File.WriteAllText(mutated, Mutate(File.ReadAllText(original), kind, at, pick));
        try
        {
            // Its own thread, not the pool's: other tests running replications in parallel can starve the thread pool for
            // seconds, and a load that never started is not a hang. The parser's own limits are timed in ScenarioLimitsTests.
            var load = Task.Factory.StartNew(() => ScenarioLoader.Load(mutated), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            Assert.True(load.Wait(TimeSpan.FromSeconds(30)), $"loading {mutated} (kind {Wrap(kind, 7)}) did not finish in 30 s");
        }
        catch (AggregateException e) when (e.InnerException is ScenarioException refused)
        {
            Assert.NotEmpty(refused.Errors);
            foreach (var error in refused.Errors)
            {
                Assert.False(string.IsNullOrEmpty(error.File), error.ToString());
                Assert.True(error.Line >= 1, $"no line: {error}");
                Assert.False(string.IsNullOrWhiteSpace(error.Message), error.ToString());
            }
        }
        finally
        {
            File.Delete(mutated);
        }
    }

    /// <summary>Three weeks with a week's warm-up and a week's drain: every part of a scenario is under way, and a run takes well under a second.</summary>
    private static readonly IReadOnlyList<ScenarioEdit> Short = ScenarioEdit.ParseAll(["run.horizonDays=21", "run.warmupDays=7", "run.drainDays=7"]);

    /// <summary>Values a person types by mistake (a wrong unit, a stray digit) or on purpose to see what breaks.</summary>
    private static readonly string[] Extremes = ["0", "1", "0.000001", "0.999999", "1000", "100000", "1e9", "1e12", "2147483647"];

    /// <summary>
    /// What loads also runs: one number of a shipped scenario (any of them, defaults included, through <c>--set</c>) set
    /// to an extreme, and a replication ends and passes the end-of-run checks, or the scenario is refused at the edit,
    /// or the size check would refuse it before running. Never a .NET error, a failed check or a hang part-way. Found
    /// by trying values like these by hand: a duration mean of 1e12 minutes or a timescale of two billion working days
    /// ran into dates past the year 9999, or walked the calendar day by day for every case every day.
    /// </summary>
    [Property(MaxTest = 200)]
    public void A_shipped_scenario_with_one_number_set_to_an_extreme_is_refused_or_runs_to_the_end(int seed)
    {
        // Picked uniformly from the seed: FsCheck's own integers start small, and would try the first fields of the first files most.
        var pick = new Random(seed);
        string path = _files[pick.Next(_files.Length)];
        var numbers = SettablePaths.Of(ScenarioLoader.Load(path))
            .Where(e => !e.Path.StartsWith("run.", StringComparison.Ordinal) && double.TryParse(e.Value, System.Globalization.CultureInfo.InvariantCulture, out _))
            .ToArray();
        string setting = $"{numbers[pick.Next(numbers.Length)].Path}={Extremes[pick.Next(Extremes.Length)]}";
        MashSim.Model.Parameters.Scenario scenario;
        try
        {
            scenario = ScenarioLoader.Load(path, [.. ScenarioEdit.ParseAll([setting]), .. Short]).Scenario;
        }
        catch (ScenarioException refused)
        {
            Assert.All(refused.Errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Message), e.ToString()));
            return;
        }
        var size = RunSizeEstimate.Of(scenario, replications: 1, threads: 1, writesContactLog: false);
        // Too big is refused before running (the run command's size check); too slow for a test is left to the benchmarks.
        if (size.WhyItCannotFit(RunSizeEstimate.AvailableBytes()) is not null || size.Time > TimeSpan.FromSeconds(20)) return;
        var run = Task.Factory.StartNew(() => SingleRun.Execute(scenario, seed: 1, replication: 0), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            Assert.True(run.Wait(TimeSpan.FromMinutes(2)), $"{Path.GetFileName(path)} with {setting} did not finish three weeks in 2 minutes");
        }
        catch (AggregateException e)
        {
            Assert.Fail($"{Path.GetFileName(path)} with {setting}: {e.InnerException}");
        }
        var failed = Record.Exception(() => ResultChecks.Require([run.Result]));
        Assert.True(failed is null, $"{Path.GetFileName(path)} with {setting}: {failed?.Message}");
    }
}
