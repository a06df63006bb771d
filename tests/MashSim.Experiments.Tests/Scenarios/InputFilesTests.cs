using MashSim.Experiments.Scenarios.Limits;

namespace MashSim.Experiments.Tests.Scenarios;

/// <summary>The one way a file read whole is opened: devices, pipes, empty and oversized files are refused, naming the file.</summary>
public class InputFilesTests
{
    [Fact]
    public void A_file_within_its_bound_is_read_whole()
    {
        using var temp = new TempFolder();
        string path = temp.Write("manifest.json", "{\"a\": 1}\n");
        Assert.Equal("{\"a\": 1}\n", InputFiles.ReadAllText(path, maxBytes: 9, "a manifest.json"));
    }

    [Fact]
    public void Devices_pipes_links_to_them_and_empty_files_are_nothing_to_read()
    {
        using var temp = new TempFolder();
        string pipe = temp.Sub("pipe.json");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [pipe])) mkfifo.WaitForExit();
        string link = temp.Sub("link.json");
        File.CreateSymbolicLink(link, "/dev/zero");
        string empty = temp.Write("empty.json", "");
        foreach (string path in new[] { "/dev/zero", pipe, link, empty })
        {
            var error = Assert.Throws<InvalidDataException>(() => InputFiles.OpenBounded(path, 1 << 20, "a sweep.json"));
            Assert.Equal($"{path}: empty, or not a file (a device or a pipe); expected a sweep.json.", error.Message);
        }
        string missing = temp.Sub("missing.json");
        Assert.Equal($"{missing}: not found; expected a sweep.json.",
            Assert.Throws<InvalidDataException>(() => InputFiles.OpenBounded(missing, 1 << 20, "a sweep.json")).Message);
    }

    [Fact]
    public void A_file_over_its_bound_is_refused_before_it_is_read()
    {
        using var temp = new TempFolder();
        string path = temp.Write("points.json", new string('x', 1001));
        var error = Assert.Throws<InvalidDataException>(() => InputFiles.OpenBounded(path, 1000, "a sweep point"));
        Assert.Equal($"{path}: 1,001 bytes; a sweep point is at most 1,000 bytes.", error.Message);
    }

    [Fact]
    public void A_file_that_grows_past_its_bound_while_it_is_read_stops_there()
    {
        using var temp = new TempFolder();
        string path = temp.Write("partial.json", new string('x', 100));
        using var stream = InputFiles.OpenBounded(path, 1000, "a partial.json");
        File.AppendAllText(path, new string('y', 5000));
        var buffer = new byte[256];
        long read = 0;
        var error = Assert.Throws<InvalidDataException>(() =>
        {
            for (int n; (n = stream.Read(buffer)) > 0;) read += n;
        });
        Assert.InRange(read, 100, 1000);
        Assert.Equal($"{path}: grew past 1,000 bytes while it was read; a partial.json is at most 1,000 bytes.", error.Message);
    }
}
