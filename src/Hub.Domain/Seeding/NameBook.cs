using Hub.Domain.People;

namespace Hub.Domain.Seeding;

/// <summary>Common Italian first names and surnames to draw people from.</summary>
internal sealed class NameBook
{
    private readonly IReadOnlyList<string> male = SeedResources.Lines("first-names-male.txt");
    private readonly IReadOnlyList<string> female = SeedResources.Lines("first-names-female.txt");

    public IReadOnlyList<string> Surnames { get; } = SeedResources.Lines("surnames.txt");

    public (string First, string Last, Sex Sex) Next(SeedRandom random)
    {
        var sex = random.Chance(0.5) ? Sex.Female : Sex.Male;
        return (FirstName(random, sex), random.Pick(Surnames), sex);
    }

    public string FirstName(SeedRandom random, Sex sex) => random.Pick(sex == Sex.Female ? female : male);
}
