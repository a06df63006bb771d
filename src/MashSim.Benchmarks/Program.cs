using MashSim.Benchmarks;

// Throughput on one M/M/5 model (arrivals 4.5 per hour, service 1 per hour per worker, rho 0.9), measured in one run
// so the ratios compare like with like on whatever machine this is.
int customers = args.Length > 0 && int.TryParse(args[0], out var n) && n > 0 ? n : 1_000_000;
var model = new MmcBenchmarkModel(Servers: 5, ArrivalsPerHour: 4.5, ServicesPerHour: 1.0);
return ThroughputBench.Run(model, customers, Console.Out);
