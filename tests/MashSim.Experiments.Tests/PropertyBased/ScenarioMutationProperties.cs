using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Xunit;
using MashSim.Experiments.Scenarios;

namespace MashSim.Experiments.Tests.PropertyBased;

/// <summary>Every shipped scenario, mutated at random, either loads or is refused with a located <see cref="ScenarioException"/>: never another exception, never a hang.</summary>
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
}
