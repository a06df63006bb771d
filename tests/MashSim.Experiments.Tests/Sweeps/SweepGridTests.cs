using MashSim.Experiments.Scenarios.Editing;
using MashSim.Experiments.Sweeps;

namespace MashSim.Experiments.Tests.Sweeps;

public class SweepGridTests
{
    [Theory]
    [InlineData("a.b=4..7", new[] { "4", "5", "6", "7" })]
    [InlineData("a.b=0.5..1:0.1", new[] { "0.5", "0.6", "0.7", "0.8", "0.9", "1.0" })]
    [InlineData("a.b=18,22, 26", new[] { "18", "22", "26" })]
    [InlineData("a.b=true,false", new[] { "true", "false" })]
    [InlineData("a.b=3..3", new[] { "3" })]
    public void An_axis_reads_ranges_steps_and_lists_exactly(string text, string[] values)
    {
        var axis = SweepAxis.Parse(text);
        Assert.Equal("a.b", axis.Path);
        Assert.Equal(values, axis.Values);
    }

    [Theory]
    [InlineData("a.b")]
    [InlineData("=1,2")]
    [InlineData("a.b=")]
    [InlineData("a.b=1..x")]
    [InlineData("a.b=1..2:0")]
    [InlineData("a.b=1..2:3:4")]
    [InlineData("a.b=1,,2")]
    public void A_malformed_axis_is_refused(string text) => Assert.Throws<FormatException>(() => SweepAxis.Parse(text));

    /// <summary>A step of 1e-300 was "not above zero" and an end of 1e308 "not a number": both are numbers, past what a range steps through exactly.</summary>
    [Theory]
    [InlineData("a.b=1..2:1e-300", "its step, 1e-300, is beyond what a range steps through exactly")]
    [InlineData("a.b=1..1e308:1e307", "its end, 1e308, is beyond what a range steps through exactly")]
    [InlineData("a.b=1..2:-1", "the step must be a number above zero")]
    [InlineData("a.b=1..x", "its end, 'x', is not a number")]
    public void A_range_says_which_of_its_numbers_is_wrong_and_how(string text, string message) =>
        Assert.Contains(message, Assert.Throws<FormatException>(() => SweepAxis.Parse(text)).Message);

    [Fact]
    public void Points_run_the_first_axis_outermost_and_every_combination_once()
    {
        var grid = SweepGrid.Of([SweepAxis.Parse("x=1..3"), SweepAxis.Parse("y=a,b")]);
        Assert.Equal(6, grid.Count);
        var points = Enumerable.Range(0, grid.Count).Select(i => string.Join(",", grid.ValuesOf(i))).ToArray();
        Assert.Equal(["1,a", "1,b", "2,a", "2,b", "3,a", "3,b"], points);
        Assert.Equal(["x=2", "y=b"], grid.EditsOf(3).Select(e => e.ToString()));
    }

    [Fact]
    public void A_path_varied_twice_or_a_grid_too_large_is_refused()
    {
        Assert.Throws<FormatException>(() => SweepGrid.Of([SweepAxis.Parse("x=1,2"), SweepAxis.Parse("x=3,4")]));
        Assert.Throws<FormatException>(() => SweepGrid.Of([SweepAxis.Parse("x=1..200"), SweepAxis.Parse("y=1..200")]));
        Assert.Throws<FormatException>(() => SweepGrid.Of([]));
    }
}
