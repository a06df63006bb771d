using System.Diagnostics;

namespace MashSim.Cli.Tests;

/// <summary>run.sh builds only when an input of the build changed, so a command starts at once; checked with a stand-in for dotnet that logs its calls.</summary>
public class RunScriptTests
{
    private const string FakeDotnet = """
        #!/usr/bin/env bash
        echo "$*" >> "$DOTNET_CALLS"
        if [ "$1" = build ]; then
          mkdir -p src/MashSim.Cli/bin/Release/net10.0 src/MashSim.Benchmarks/bin/Release/net10.0
          touch src/MashSim.Cli/bin/Release/net10.0/mashsim.dll src/MashSim.Benchmarks/bin/Release/net10.0/MashSim.Benchmarks.dll
        fi
        """;

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void A_build_happens_on_first_use_and_after_a_source_changes_and_not_otherwise()
    {
        using var repo = new TempFolder();
        File.Copy(Repository.File("run.sh"), repo.Sub("run.sh"));
        foreach (var file in new[] { "global.json", "Directory.Build.props", "Directory.Packages.props", "MashSim.sln" }) File.Copy(Repository.File(file), repo.Sub(file));
        Directory.CreateDirectory(repo.Sub("src/MashSim.Cli"));
        Directory.CreateDirectory(repo.Sub("scenarios"));
        string source = repo.Write("src/MashSim.Cli/Program.cs", "// a source");
        string bin = repo.Sub("fake-bin");
        Directory.CreateDirectory(bin);
        File.WriteAllText(Path.Combine(bin, "dotnet"), FakeDotnet.ReplaceLineEndings("\n") + "\n");
        File.SetUnixFileMode(Path.Combine(bin, "dotnet"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        string calls = repo.Sub("calls.log");

        List<string> Run()
        {
            File.WriteAllText(calls, "");
            var start = new ProcessStartInfo("bash", [repo.Sub("run.sh"), "--version"]) { RedirectStandardError = true, RedirectStandardOutput = true };
            start.Environment["PATH"] = bin + ":" + Environment.GetEnvironmentVariable("PATH");
            start.Environment["DOTNET_CALLS"] = calls;
            using var process = Process.Start(start)!;
            string error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, error);
            return File.ReadAllLines(calls).Select(l => l.Split(' ')[0]).ToList();
        }

        string stamp = repo.Sub("src/MashSim.Cli/bin/Release/net10.0/.run-sh-built");
        List<string> RunAndAge()
        {
            var called = Run();
            // A file's time has one-second resolution on some file systems: put every input clearly before the stamp,
            // and the stamp clearly before the next change, as minutes between commands would.
            foreach (var file in Directory.GetFiles(repo.Path, "*", SearchOption.AllDirectories).Where(f => !f.Contains("/bin/", StringComparison.Ordinal)))
                File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddSeconds(-20));
            if (File.Exists(stamp)) File.SetLastWriteTimeUtc(stamp, DateTime.UtcNow.AddSeconds(-10));
            return called;
        }
        const string App = "src/MashSim.Cli/bin/Release/net10.0/mashsim.dll";

        Assert.Equal(["build", App], RunAndAge());
        Assert.Equal([App], RunAndAge());

        File.AppendAllText(source, "// changed");
        Assert.Equal(["build", App], RunAndAge());
        Assert.Equal([App], RunAndAge());

        File.AppendAllText(repo.Sub("Directory.Packages.props"), "\n");
        Assert.Equal("build", RunAndAge()[0]);

        // A new source file counts even when its own time is old (copied with its time kept), and so does a removed one.
        string added = repo.Write("src/MashSim.Cli/Added.cs", "// new");
        File.SetLastWriteTimeUtc(added, DateTime.UtcNow.AddDays(-1));
        Assert.Equal("build", RunAndAge()[0]);
        File.Delete(added);
        Assert.Equal("build", RunAndAge()[0]);
        Assert.Equal([App], RunAndAge());

        // Deleting the built app means a build, even with nothing else changed.
        File.Delete(repo.Sub(App));
        Assert.Equal("build", RunAndAge()[0]);
    }
}
