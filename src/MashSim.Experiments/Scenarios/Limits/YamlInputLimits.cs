using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace MashSim.Experiments.Scenarios.Limits;

/// <summary>Bounds on a scenario's YAML, checked on the parser's event stream before any tree is built.</summary>
/// <remarks>
/// A scenario is a few kilobytes, a few levels deep, with a few thousand values. Text far beyond that is a mistake
/// or an attack: an alias bomb ("billion laughs") expands to billions of nodes that the binder would walk one by one,
/// and deep nesting overflows the stack of the recursive tree builder. The event stream is read without recursion,
/// and each alias counts as the whole node it stands for, so all three are refused in milliseconds, at a line.
/// </remarks>
public static class YamlInputLimits
{
    /// <summary>Largest scenario text: the biggest shipped file is about 16 kB.</summary>
    public const int MaxCharacters = 1 << 20;

    /// <summary>Deepest nesting of sections and lists: shipped scenarios go about 5 deep.</summary>
    public const int MaxDepth = 64;

    /// <summary>Most nodes once every alias is expanded: the default scenario has under 2,000.</summary>
    public const long MaxExpandedNodes = 100_000;

    /// <summary>What YamlDotNet throws on text it cannot read: mostly <see cref="YamlException"/>, but its scanner and tree builder also throw these on some malformed input.</summary>
    public static bool IsParserFailure(Exception e) => e is YamlException or InvalidOperationException or ArgumentException or NotSupportedException;

    /// <summary>Where to point at when YamlDotNet fails without a position: where its parser stopped, or else the first anchor (some anchor placements are refused only by the tree builder).</summary>
    public static (int Line, int Column) LikelyPlaceOfFailure(string text)
    {
        var parser = new Parser(new StringReader(text));
        Mark? last = null, firstAnchor = null;
        try
        {
            while (parser.MoveNext())
            {
                last = parser.Current!.Start;
                if (firstAnchor is null && parser.Current is NodeEvent { Anchor.IsEmpty: false } anchored) firstAnchor = anchored.Start;
            }
        }
        catch (Exception e) when (IsParserFailure(e))
        {
            return last is { } stopped ? ((int)Math.Max(stopped.Line, 1), (int)Math.Max(stopped.Column, 1)) : (1, 1);
        }
        return firstAnchor is { } anchor ? ((int)anchor.Line, (int)anchor.Column) : (1, 1);
    }

    /// <summary>Reads a scenario file: one too big is refused before it is read (a UTF-8 character is at most 4 bytes), and one that grows while it is read stops at <see cref="MaxCharacters"/>.</summary>
    /// <remarks>A device or a pipe has no length, and <c>extends: /dev/zero</c> once read until memory ran out: such a
    /// file reads as empty (and is refused as such), and a pipe with no writer is never opened.</remarks>
    public static string ReadFile(string fullPath, string shownPath)
    {
        long bytes = InputFiles.Length(fullPath);
        if (bytes > 4L * MaxCharacters)
            throw new ScenarioException([new ScenarioError(shownPath, 1, 1, "", $"is {bytes:N0} bytes; a scenario may hold at most {MaxCharacters:N0} characters (shipped ones are under 20,000)")]);
        // A device or a pipe has no length either, and is not read (it may never end, or never open): "the file is empty" misled for <(cat f).
        if (bytes == 0)
            throw new ScenarioException([new ScenarioError(shownPath, 1, 1, "", "is empty, or is a device or a pipe, which are not read: a scenario is a YAML file with at least 'name' (save a piped scenario to a file first)")]);
        using var reader = new StreamReader(fullPath, detectEncodingFromByteOrderMarks: true);
        var buffer = new char[MaxCharacters + 1];
        int read = reader.ReadBlock(buffer, 0, buffer.Length);
        if (read > MaxCharacters)
            throw new ScenarioException([new ScenarioError(shownPath, 1, 1, "", $"is more than {MaxCharacters:N0} characters; a scenario may hold at most that (shipped ones are under 20,000)")]);
        return new string(buffer, 0, read);
    }

    /// <summary>Throws a <see cref="ScenarioException"/> at the place <paramref name="text"/> goes beyond a bound; YAML syntax errors are left to the parser that follows.</summary>
    /// <param name="text">The YAML.</param>
    /// <param name="file">The file (or <c>--set</c>) named in the error.</param>
    /// <param name="field">The field named in the error ("" for a whole file).</param>
    /// <param name="line">Line reported for a problem with the whole text (an override's own number), or 0 to use the text's lines.</param>
    public static void Check(string text, string file, string field = "", int line = 0)
    {
        ScenarioException Refuse(Mark at, string message) =>
            new([new ScenarioError(file, line > 0 ? line : (int)Math.Max(at.Line, 1), line > 0 ? 1 : (int)Math.Max(at.Column, 1), field, message)]);

        if (text.Length > MaxCharacters)
            throw Refuse(Mark.Empty, $"is {text.Length:N0} characters; a scenario may hold at most {MaxCharacters:N0} (shipped ones are under 20,000)");

        var parser = new Parser(new StringReader(text));
        var sizes = new Dictionary<string, long>(StringComparer.Ordinal);
        var open = new Stack<(long Nodes, AnchorName Anchor)>();
        long expanded = 0;
        bool aliased = false;
        try
        {
            while (parser.MoveNext())
            {
                var current = parser.Current!;
                long added;
                switch (current)
                {
                    case Scalar scalar:
                        added = 1;
                        if (!scalar.Anchor.IsEmpty) sizes[scalar.Anchor.Value] = 1;
                        break;
                    case AnchorAlias alias:
                        // An unknown anchor is the parser's error to report; count it as one node.
                        added = sizes.GetValueOrDefault(alias.Value.Value, 1);
                        aliased = true;
                        break;
                    case NodeEvent { } start and (MappingStart or SequenceStart):
                        if (open.Count >= MaxDepth)
                            throw Refuse(start.Start, $"sections and lists nest more than {MaxDepth} deep here; a scenario needs a handful of levels");
                        open.Push((1, start.Anchor));
                        expanded++;
                        Guard(current.Start);
                        continue;
                    case MappingEnd or SequenceEnd:
                        var (nodes, anchor) = open.Pop();
                        if (!anchor.IsEmpty) sizes[anchor.Value] = nodes;
                        AddToParent(nodes);
                        continue;
                    default:
                        continue;
                }
                expanded += added;
                AddToParent(added);
                Guard(current.Start);
            }
        }
        catch (Exception e) when (IsParserFailure(e))
        {
            // Not valid YAML: the parser that builds the tree says where and why.
        }

        void AddToParent(long nodes)
        {
            if (open.Count == 0) return;
            var (parent, anchor) = open.Pop();
            open.Push((parent + nodes, anchor));
        }

        void Guard(Mark at)
        {
            // Only text with aliases in it is called a bomb: a plain list that long is just too long.
            if (expanded > MaxExpandedNodes)
                throw Refuse(at, aliased
                    ? $"the aliases (*name) here expand to more than {MaxExpandedNodes:N0} values; a scenario holds a few thousand, so this looks like an alias bomb"
                    : $"a scenario may hold at most {MaxExpandedNodes:N0} values (every number, word, list and section counts; shipped ones hold a few thousand), and here it holds more: a list this long is too long");
        }
    }
}
