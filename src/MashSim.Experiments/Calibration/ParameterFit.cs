using System.Globalization;
using MashSim.Experiments.Results;
using MashSim.Experiments.Runs;
using MashSim.Experiments.Scenarios;
using MashSim.Experiments.Scenarios.Editing;
using MashSim.Model.Parameters;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace MashSim.Experiments.Calibration;

/// <summary>Fits uncertain parameters so the simulated figures come as close as they can to a scenario's calibration targets (Nelder-Mead, MathNet.Numerics).</summary>
/// <remarks>
/// The objective is the sum over targets of the squared error measured in units of each target's tolerance, so a
/// value of 1 per target is the edge of "met". Every evaluation edits the scenario (<see cref="LoadedScenario.With"/>),
/// so a fitted value is validated like a typed one (an invalid point scores a large penalty),
/// and runs the same replications with the same seed (common random numbers), so the objective is deterministic.
/// Parameters are searched on a relative scale (1 = the starting value), starting 20% either side.
/// </remarks>
public static class ParameterFit
{
    private const double InvalidPoint = 1e6;

    /// <summary>One fitted parameter: where it started and where it ended.</summary>
    public sealed record FittedParameter(string Path, double Start, double Fitted, bool IsWholeNumber);

    /// <summary>One evaluation of the objective: its number, the values tried (path=value), its objective, and the best objective so far with its values.</summary>
    /// <param name="Number">Counted from 1.</param>
    /// <param name="Values">The values tried, as path=value.</param>
    /// <param name="Objective">The objective at them.</param>
    /// <param name="Best">The least objective so far.</param>
    /// <param name="BestValues">The values that gave it.</param>
    /// <param name="Invalid">Why the values tried do not make a valid scenario (the objective is then a penalty), or null.</param>
    public sealed record Evaluation(int Number, IReadOnlyList<string> Values, double Objective, double Best, IReadOnlyList<string> BestValues, string? Invalid = null);

    /// <param name="Parameters">Each parameter's start and fitted value.</param>
    /// <param name="ObjectiveBefore">The objective at the start.</param>
    /// <param name="ObjectiveAfter">The objective at the fitted values.</param>
    /// <param name="Evaluations">Evaluations made.</param>
    /// <param name="Settled">Whether the simplex settled within its iterations; when not, the fitted values are the best evaluated.</param>
    public sealed record Result(IReadOnlyList<FittedParameter> Parameters, double ObjectiveBefore, double ObjectiveAfter, int Evaluations, bool Settled = true)
    {
        public IReadOnlyList<ScenarioEdit> Edits => Parameters.Select(Edit).ToArray();
    }

    public static Result Fit(LoadedScenario declared, IReadOnlyList<string> paths, ReplicationPlan plan,
        int maxEvaluations = 60, Action<Evaluation>? progress = null, CancellationToken cancellation = default)
    {
        var baseline = declared.Scenario;
        var targets = declared.File.Calibration;
        if (targets.Count == 0) throw new ArgumentException("The scenario declares no calibration targets to fit to.");
        var starts = paths.Select(path => (Path: path, Value: ScenarioFields.ReadNumber(baseline, path))).ToArray();
        int evaluations = 0;
        (double Objective, IReadOnlyList<string> Values, double[] Scale) best = (double.PositiveInfinity, [], []);

        // The parameters at a point of the search, which is on a relative scale (1 = the starting value).
        FittedParameter[] At(IReadOnlyList<double> scale) =>
            starts.Select((s, i) => Parameter(s.Path, s.Value.Value, s.Value.Value * scale[i], s.Value.IsWholeNumber)).ToArray();

        double Objective(IReadOnlyList<double> scale)
        {
            var parameters = At(scale);
            double value;
            string? invalid = null;
            var values = parameters.Select(p => $"{p.Path}={Format(p)}").ToArray();
            try
            {
                var scenario = declared.With(parameters.Select(Edit).ToArray()).Scenario;
                value = Score(targets, Replications.Run(scenario, plan, cancellation: cancellation));
            }
            catch (ScenarioException e)
            {
                value = InvalidPoint;
                var first = e.Errors[0];
                invalid = $"{first.Field}: {first.Message}";
            }
            if (value < best.Objective) best = (value, values, [.. scale]);
            progress?.Invoke(new Evaluation(++evaluations, values, value, best.Objective, best.Values, invalid));
            return value;
        }

        double before = Objective(Enumerable.Repeat(1.0, starts.Length).ToArray());
        var function = ObjectiveFunction.Value(v => Objective(v.ToArray()));
        var simplex = new NelderMeadSimplex(convergenceTolerance: 1e-3, maximumIterations: maxEvaluations);
        try
        {
            var minimum = simplex.FindMinimum(function, Vector<double>.Build.Dense(starts.Length, 1.0), Vector<double>.Build.Dense(starts.Length, 0.2));
            return new Result(At(minimum.MinimizingPoint.ToArray()), before, minimum.FunctionInfoAtMinimum.Value, evaluations);
        }
        catch (MaximumIterationsException)
        {
            // The iterations the user allowed ran out before the simplex settled: the best point evaluated is still the best
            // answer to hand (it was once an internal error after every evaluation's run), said to be unsettled.
            return new Result(At(best.Scale), before, best.Objective, evaluations, Settled: false);
        }
    }

    /// <summary>The sum of squared errors in units of each target's tolerance; a target the run cannot observe counts as far off.</summary>
    public static double Score(IReadOnlyList<CalibrationTarget> targets, ExperimentResult result) => CalibrationRow.Check(targets, result).Sum(row =>
        double.IsFinite(row.RelativeError) ? Math.Pow(row.RelativeError / row.Target.Tolerance, 2) : InvalidPoint);

    private static FittedParameter Parameter(string path, double start, double value, bool whole) =>
        new(path, start, whole ? Math.Round(value) : value, whole);

    /// <summary>The fitted value as an edit, written as the fit prints it (whole, or six significant figures).</summary>
    private static ScenarioEdit Edit(FittedParameter p) => ScenarioEdit.Of(p.Path, Format(p), "--fit");

    private static string Format(FittedParameter p) => p.IsWholeNumber
        ? ((long)p.Fitted).ToString(CultureInfo.InvariantCulture)
        : p.Fitted.ToString("G6", CultureInfo.InvariantCulture);
}
