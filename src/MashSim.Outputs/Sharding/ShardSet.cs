using MashSim.Experiments.Sharding;

namespace MashSim.Outputs.Sharding;

/// <summary>The shards given to merge: all of one count, each once, none missing. Run and sweep merges check them alike.</summary>
internal sealed class ShardSet(string firstFolder, int count)
{
    private readonly Dictionary<int, string> _folders = [];

    /// <summary>Takes one folder's shard; an <see cref="InvalidDataException"/> says when it is of another count or given twice.</summary>
    public void Add(string folder, Shard shard)
    {
        if (shard.Count != count) throw new InvalidDataException($"{folder}: shard {shard} is not one of {count}, as {firstFolder}'s is; these are not slices of one experiment.");
        if (!_folders.TryAdd(shard.Index, folder)) throw new InvalidDataException($"{folder}: shard {shard} is also in {_folders[shard.Index]}; give each shard once.");
    }

    /// <summary>Throws when any of the 1..n shards was not given.</summary>
    public void EnsureComplete()
    {
        var missing = Enumerable.Range(1, count).Where(k => !_folders.ContainsKey(k)).ToArray();
        if (missing.Length > 0) throw new InvalidDataException($"shard(s) {string.Join(", ", missing.Select(k => $"{k}/{count}"))} missing; merge needs all {count}.");
    }

    /// <summary>The folder that holds shard <paramref name="index"/>.</summary>
    public string FolderOf(int index) => _folders[index];
}
