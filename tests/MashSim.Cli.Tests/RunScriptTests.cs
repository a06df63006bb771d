using System.Diagnostics;

namespace MashSim.Cli.Tests;

/// <summary>run.sh builds only when an input of the build changed, so a command starts at once; checked with a stand-in for dotnet that logs its calls.</summary>
public class RunScriptTests
{
    private const string FakeDotnet = """
        #!/usr/bin/env bash
        echo "$*" >> "$DOTNET_CALLS"
        [ "$1" = build ] || echo "$PWD|$MASHSIM_LAUNCHER|$*" >> "$DOTNET_CALLS.where"
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
        string source = WithRunScript(repo);
        string calls = repo.Sub("calls.log");

        List<string> Run()
        {
            RunScript(repo, repo.Path, "--version");
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
        string app = repo.Sub("src/MashSim.Cli/bin/Release/net10.0/mashsim.dll");

        Assert.Equal(["build", app], RunAndAge());
        Assert.Equal([app], RunAndAge());

        File.AppendAllText(source, "// changed");
        Assert.Equal(["build", app], RunAndAge());
        Assert.Equal([app], RunAndAge());

        File.AppendAllText(repo.Sub("Directory.Packages.props"), "\n");
        Assert.Equal("build", RunAndAge()[0]);

        // A new source file counts even when its own time is old (copied with its time kept), and so does a removed one.
        string added = repo.Write("src/MashSim.Cli/Added.cs", "// new");
        File.SetLastWriteTimeUtc(added, DateTime.UtcNow.AddDays(-1));
        Assert.Equal("build", RunAndAge()[0]);
        File.Delete(added);
        Assert.Equal("build", RunAndAge()[0]);
        Assert.Equal([app], RunAndAge());

        // Deleting the built app means a build, even with nothing else changed.
        File.Delete(app);
        Assert.Equal("build", RunAndAge()[0]);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void The_app_runs_in_the_callers_folder_so_paths_given_relative_to_it_are_found()
    {
        using var repo = new TempFolder();
        WithRunScript(repo);
        using var elsewhere = new TempFolder();

        // It ran in the repository, so "run my.yaml" from another folder said "my.yaml: no such file" (and --out went into the repository).
        RunScript(repo, elsewhere.Path, "run", "my.yaml", "--out", "mine");
        RunScript(repo, repo.Path, "--version");

        var where = File.ReadAllLines(repo.Sub("calls.log.where"));
        string app = repo.Sub("src/MashSim.Cli/bin/Release/net10.0/mashsim.dll");
        Assert.Equal($"{elsewhere.Path}|{repo.Sub("run.sh")}|{app} run my.yaml --out mine", where[0]);
        // From the repository itself the hints keep naming ./run.sh.
        Assert.Equal($"{repo.Path}|./run.sh|{app} --version", where[1]);
    }

    /// <summary>Makes <paramref name="repo"/> a repository of run.sh, the build's inputs and a stand-in for dotnet; returns a source file's path.</summary>
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static string WithRunScript(TempFolder repo)
    {
        File.Copy(Repository.File("run.sh"), repo.Sub("run.sh"));
        foreach (var file in new[] { "global.json", "Directory.Build.props", "Directory.Packages.props", "MashSim.sln" }) File.Copy(Repository.File(file), repo.Sub(file));
        Directory.CreateDirectory(repo.Sub("src/MashSim.Cli"));
        Directory.CreateDirectory(repo.Sub("scenarios"));
        string source = repo.Write("src/MashSim.Cli/Program.cs", "// a source");
        string bin = repo.Sub("fake-bin");
        Directory.CreateDirectory(bin);
        File.WriteAllText(Path.Combine(bin, "dotnet"), FakeDotnet.ReplaceLineEndings("\n") + "\n");
        File.SetUnixFileMode(Path.Combine(bin, "dotnet"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return source;
    }

    /// <summary>Runs the repository's run.sh from <paramref name="folder"/>, with the stand-in dotnet logging its calls to calls.log.</summary>
    private static void RunScript(TempFolder repo, string folder, params string[] arguments)
    {
        string calls = repo.Sub("calls.log");
        File.WriteAllText(calls, "");
        var start = new ProcessStartInfo("bash", [repo.Sub("run.sh"), .. arguments]) { RedirectStandardError = true, RedirectStandardOutput = true, WorkingDirectory = folder };
        start.Environment["PATH"] = repo.Sub("fake-bin") + ":" + Environment.GetEnvironmentVariable("PATH");
        start.Environment["DOTNET_CALLS"] = calls;
        using var process = Process.Start(start)!;
        string error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, error);
    }
}
