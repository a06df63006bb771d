using System.Text;

namespace MashSim.Experiments.Scenarios.Limits;

/// <summary>What a file named on the command line holds, found without opening it, and the one way commands open what they read whole.</summary>
public static class InputFiles
{
    /// <summary>The length of the file <paramref name="path"/> finally names (through symbolic links); 0 for a device or a pipe.</summary>
    /// <remarks>A device or a pipe has no length and would be read for ever (/dev/zero) or never opened (a pipe with no
    /// writer), so readers take 0 as "nothing to read". A link's own length is its target's name, so it is followed first.</remarks>
    public static long Length(string path) => Exists(path) ? new FileInfo(Target(path)!).Length : 0;

    /// <summary>Whether the file <paramref name="path"/> finally names (through symbolic links) is there: false for a link to nothing, or round in a loop.</summary>
    public static bool Exists(string path) => Target(path) is { } target && File.Exists(target);

    /// <summary>Where the links from <paramref name="path"/> end (itself when it is no link), or null for links that go round in a loop.</summary>
    private static string? Target(string path)
    {
        try
        {
            return File.ResolveLinkTarget(path, returnFinalTarget: true)?.FullName ?? path;
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>Opens a file that is read whole (a results folder's JSON and CSV, a provenance.csv), refusing a missing file,
    /// a device, a pipe, an empty file or one over <paramref name="maxBytes"/> with an <see cref="InvalidDataException"/> naming it.</summary>
    /// <param name="path">The file.</param>
    /// <param name="maxBytes">The most a file of its kind can hold.</param>
    /// <param name="what">What the file should be, for the message: "a manifest.json".</param>
    /// <remarks>The stream stops with the same error if the file grows past the bound while it is read, so an edited or
    /// linked file can never make a reader take more than <paramref name="maxBytes"/>.</remarks>
    public static Stream OpenBounded(string path, long maxBytes, string what)
    {
        if (!File.Exists(path)) throw new InvalidDataException($"{path}: not found; expected {what}.");
        long bytes = Length(path);
        if (bytes == 0) throw new InvalidDataException($"{path}: empty, or not a file (a device or a pipe); expected {what}.");
        if (bytes > maxBytes) throw TooBig(path, $"{bytes:N0} bytes", maxBytes, what);
        return new BoundedStream(File.OpenRead(path), path, maxBytes, what);
    }

    /// <summary><see cref="OpenBounded"/> read to the end as UTF-8 text.</summary>
    public static string ReadAllText(string path, long maxBytes, string what)
    {
        using var reader = new StreamReader(OpenBounded(path, maxBytes, what), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    private static InvalidDataException TooBig(string path, string size, long maxBytes, string what) =>
        new($"{path}: {size}; {what} is at most {maxBytes:N0} bytes.");

    /// <summary>A read-only stream over a file that fails once more than the bound has been read.</summary>
    private sealed class BoundedStream(FileStream inner, string path, long maxBytes, string what) : Stream
    {
        private long _read;

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            int n = inner.Read(buffer);
            _read += n;
            if (_read > maxBytes) throw TooBig(path, $"grew past {maxBytes:N0} bytes while it was read", maxBytes, what);
            return n;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _read; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing) inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
