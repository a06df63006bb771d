namespace MashSim.Kernel;

/// <summary>Something the agenda calls when one of its scheduled events falls due.</summary>
/// <remarks>
/// A handler plus an integer tag and a subject, rather than a closure, keeps the hot path free of allocations:
/// one handler object serves every contact, and the tag says which of its events this is.
/// </remarks>
public interface IEventHandler
{
    void Handle(int tag, object? subject);
}
