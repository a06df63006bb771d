using MashSim.Benchmarks;
using MashSim.Experiments.Scenarios;

// Throughput measured in one run, so the ratios compare like with like on whatever machine this is:
//   bench [N] [--no-x130]           the bare loop, the kernel and the full model on an M/M/5 (N customers, default 1,000,000),
//                                   then replications on 1 thread against every core, then contacts/s at x1, x10, x130 the default
//                                   (--no-x130 leaves out the England-sized year, the longest line)
//   bench --scaling F1,F2,...       only the scaling line, at those multiples of the default (the first is the ratios' base)
//   bench --alloc [FILE|mmc] [--reps R]  what R replications of a scenario (default: the built-in one; mmc: the M/M/5) allocate, by type
var model = new MmcBenchmarkModel(Servers: 5, ArrivalsPerHour: 4.5, ServicesPerHour: 1.0);
var baseline = ScenarioLoader.LoadDefault().Scenario;
if (args.Length > 0 && args[0] == "--alloc")
{
    int repsAt = Array.IndexOf(args, "--reps");
    int reps = repsAt > 0 && repsAt + 1 < args.Length ? int.Parse(args[repsAt + 1]) : 1;
    string? file = args.Where((a, i) => i > 0 && i != repsAt && i != repsAt + 1).FirstOrDefault();
    var scenario = file == "mmc" ? FullModelMmc.Scenario(model, 200_000, seed: 7)
        : file is null ? baseline : ScenarioLoader.Load(file).Scenario;
    return AllocationProfile.Run(scenario, reps, Console.Out);
}
int scalingAt = Array.IndexOf(args, "--scaling");
if (scalingAt >= 0 && scalingAt + 1 < args.Length)
{
    // Only the scaling line, at the sizes given (e.g. --scaling 1,130): for a profile of one size, or x130 alone with x1 to compare.
    // Unreported x1 years first, so the first size's rate is not charged the JIT's warm-up and tiering (the full bench's earlier lines do that).
    for (int warm = 0; warm < 4; warm++) MashSim.Experiments.Runs.SingleRun.Execute(ScalingBench.Scaled(baseline, 1), seed: 1, replication: 0);
    ScalingBench.Run(baseline, args[scalingAt + 1].Split(',').Select(f => double.Parse(f, System.Globalization.CultureInfo.InvariantCulture)).ToArray(), Console.Out);
    return 0;
}
int customers = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) is { } count && int.TryParse(count, out var n) && n > 0 ? n : 1_000_000;
int exit = ThroughputBench.Run(model, customers, Console.Out);
ThreadsBench.Run(baseline, replications: 4, Console.Out);
ScalingBench.Run(baseline, args.Contains("--no-x130") ? [1, 10] : [1, 10, 130], Console.Out);
return exit;
