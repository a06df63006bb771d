using Bogus;
using MashSim.Outputs.Children;

namespace MashSim.Outputs.Traces;

/// <summary>An invented child for teaching (Bogus, en_GB): a name, an age of 0 to 17, a family and a nursery, school or college. Never a real child.</summary>
/// <remarks>Seeded from the run's seed and the child's id, so the same run always tells the same story about the same child, under the name contacts.csv gives it.</remarks>
public sealed record SyntheticChild(string Name, int Age, string Family, string Setting)
{
    public const string Mark = "(synthetic)";

    public static SyntheticChild For(long seed, int childId)
    {
        var faker = new Faker("en_GB") { Random = new Randomizer(unchecked((int)(seed * 1_000_003 + childId))) };
        // The name contacts.csv gives the child; the rest of the story is the faker's.
        var (first, last) = ChildNames.Of(seed, childId);
        string name = $"{first} {last}";
        int age = faker.Random.Int(0, 17);
        string town = faker.Address.City();
        string setting = age switch
        {
            < 2 => $"at home, health visitor in {town}",
            < 5 => $"{faker.Name.LastName()} Nursery, {town}",
            < 11 => $"{town} Primary School",
            < 16 => $"{faker.Name.LastName()} Academy, {town}",
            _ => $"{town} College",
        };
        int siblings = faker.Random.Int(0, 3);
        string family = $"lives with {faker.PickRandom("their mother", "their father", "their grandmother", "their mother and stepfather", "both parents")} " +
                        $"and {siblings switch { 0 => "no siblings", 1 => "a sibling", _ => $"{siblings} siblings" }}";
        return new SyntheticChild(name, age, family, setting);
    }

    public override string ToString() => $"{Name}, {Age} {Mark}";
}
