using MashSim.Benchmarks;
using MashSim.Experiments.Scenarios;

// Throughput on one M/M/5 model (arrivals 4.5 per hour, service 1 per hour per worker, rho 0.9), measured in one run
// so the ratios compare like with like on whatever machine this is.
//   bench [N]                       the three paths on N customers (default 1,000,000)
//   bench --alloc [FILE|mmc] [--reps R] what one replication of a scenario (default: the built-in one; mmc: the M/M/5 below) allocates, by type
var model = new MmcBenchmarkModel(Servers: 5, ArrivalsPerHour: 4.5, ServicesPerHour: 1.0);
if (args.Length > 0 && args[0] == "--alloc")
{
    int repsAt = Array.IndexOf(args, "--reps");
    int reps = repsAt > 0 && repsAt + 1 < args.Length ? int.Parse(args[repsAt + 1]) : 1;
    string? file = args.Where((a, i) => i > 0 && i != repsAt && i != repsAt + 1).FirstOrDefault();
    var scenario = file == "mmc" ? FullModelMmc.Scenario(model, 200_000, seed: 7)
        : (file is null ? ScenarioLoader.LoadDefault() : ScenarioLoader.Load(file)).Scenario;
    return AllocationProfile.Run(scenario, reps, Console.Out);
}
int customers = args.Length > 0 && int.TryParse(args[0], out var n) && n > 0 ? n : 1_000_000;
return ThroughputBench.Run(model, customers, Console.Out);
