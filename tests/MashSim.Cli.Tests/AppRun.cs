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

    public static string RepositoryRoot() => Repository.Root();

    public static string Scenario(string relativePath) => Repository.File(relativePath);

    /// <summary>The one results folder a run wrote under <paramref name="root"/>.</summary>
    public static string OnlyResultsFolder(string root) => Assert.Single(Directory.GetDirectories(root));
}
