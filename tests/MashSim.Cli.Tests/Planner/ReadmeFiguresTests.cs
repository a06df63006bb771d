using System.Text.RegularExpressions;

namespace MashSim.Cli.Tests.Planner;

/// <summary>The README quotes every generated figure exactly as <c>./run.sh docs</c> (tools/docs/figures.sh) last wrote it in docs/figures.md; the slow examples are not rerun here.</summary>
public partial class ReadmeFiguresTests
{
    [GeneratedRegex(@"^<!-- figure:(?<name>[a-z0-9-]+) -->\n(?<text>(?:.*\n)*?)<!-- /figure:\k<name> -->$", RegexOptions.Multiline)]
    private static partial Regex Block();

    private static Dictionary<string, string> Blocks(string file) =>
        Block().Matches(File.ReadAllText(AppRun.Scenario(file)).ReplaceLineEndings("\n")).ToDictionary(m => m.Groups["name"].Value, m => m.Groups["text"].Value);

    [Fact]
    public void The_README_quotes_every_generated_figure_as_written_and_no_other()
    {
        var generated = Blocks("docs/figures.md");
        var quoted = Blocks("README.md");
        Assert.NotEmpty(generated);
        Assert.Equal(generated.Keys.Order(), quoted.Keys.Order());
        foreach (var (name, text) in generated)
        {
            Assert.False(string.IsNullOrWhiteSpace(text), $"{name} is empty in docs/figures.md");
            Assert.True(text == quoted[name], $"README block {name} differs from docs/figures.md: run ./run.sh docs");
            // Each figure comes with the command that made it (`./run.sh` alone runs the default).
            Assert.Matches(@"^`\./run\.sh[ `]", text);
        }
    }

    [Fact]
    public void Run_sh_docs_runs_the_generator()
    {
        string runSh = File.ReadAllText(AppRun.Scenario("run.sh"));
        Assert.Contains("tools/docs/figures.sh", runSh);
        Assert.True(File.Exists(AppRun.Scenario("tools/docs/figures.sh")));
    }
}
