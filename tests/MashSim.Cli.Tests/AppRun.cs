using MashSim.Cli;

namespace MashSim.Cli.Tests;

/// <summary>Runs the real mashsim app in-process, as a user would from the shell, capturing what it prints.</summary>
internal sealed record AppRun(int ExitCode, string Output, string Error)
{
    public static AppRun Of(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exit = MashSimApp.Run(args, output, error);
        return new AppRun(exit, output.ToString(), error.ToString());
    }

    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "MashSim.sln"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("MashSim.sln not found above the test folder.");
    }

    public static string Scenario(string relativePath) => Path.Combine(RepositoryRoot(), relativePath);

    /// <summary>The one results folder a run wrote under <paramref name="root"/>.</summary>
    public static string OnlyResultsFolder(string root) => Assert.Single(Directory.GetDirectories(root));
}
