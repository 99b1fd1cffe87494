using Hub.Domain.Common;
using Hub.Domain.People;
using Hub.Domain.Territory;

namespace Hub.Domain.Seeding;

/// <summary>A generated person with the age the generator gave them.</summary>
internal sealed record SeedPerson(Person Person, int Age);

/// <summary>
/// Generates households of plausible shape (older people alone or in couples, families with
/// children) living in a comune drawn by population, each member with a valid codice fiscale.
/// </summary>
internal sealed class PersonFactory(SeedRandom random, NameBook names, SeedWorld world, DateOnly today, HashSet<string> identifiers)
{
    private static readonly string[] ForeignCountries = ["Z100", "Z129", "Z330", "Z210", "Z216", "Z222", "Z138"];
    private readonly IReadOnlyList<string> streets = SeedResources.Lines("streets.txt");
    private int stpSequence = identifiers.Count;

    /// <summary>The next household, of at most <paramref name="maxMembers"/> people.</summary>
    public (Household Household, List<SeedPerson> Members) NextHousehold(int maxMembers)
    {
        var comune = world.Comuni.Pick(random);
        var home = new Address(comune.Id, $"{random.Pick(streets)} {random.Between(1, 200)}", null);
        var surname = random.Pick(names.Surnames);
        var headAge = random.Weighted([(random.Between(80, 101), 30), (random.Between(65, 79), 25), (random.Between(35, 64), 30), (random.Between(19, 34), 15)]);
        var household = new Household();
        var members = new List<SeedPerson>();
        void Add(Sex sex, int age, string lastName, Relationship relationship)
        {
            if (members.Count == maxMembers)
                return;
            var person = Create(sex, age, lastName, comune, home);
            household.AddMember(person.Person.Id, relationship);
            members.Add(person);
        }
        var headSex = random.Chance(headAge >= 80 ? 0.65 : 0.5) ? Sex.Female : Sex.Male;
        Add(headSex, headAge, surname, Relationship.Head);
        if (random.Chance(CoupleChance(headAge)))
            Add(headSex == Sex.Male ? Sex.Female : Sex.Male, Math.Max(19, headAge + random.Between(-5, 5)), random.Pick(names.Surnames), Relationship.Spouse);
        foreach (var childAge in ChildrenAges(headAge))
            Add(random.Chance(0.5) ? Sex.Female : Sex.Male, childAge, surname, Relationship.Child);
        if (random.Chance(0.45))
            household.RecordIsee(random.Money(1_500, 45_000), new DateOnly(today.Year, 12, 31));
        return (household, members);
    }

    /// <summary>
    /// A household of a given shape in <paramref name="comune"/>: a head of <paramref name="headAge"/> and sex, a partner when
    /// <paramref name="couple"/>, and children of the ages given; names, birthplaces and contacts drawn as for any household.
    /// </summary>
    public (Household Household, List<SeedPerson> Members) HouseholdIn(Municipality comune, Sex headSex, int headAge, bool couple, IReadOnlyList<int> childrenAges)
    {
        var home = new Address(comune.Id, $"{random.Pick(streets)} {random.Between(1, 200)}", null);
        var surname = random.Pick(names.Surnames);
        var household = new Household();
        var members = new List<SeedPerson>();
        void Add(Sex sex, int age, string lastName, Relationship relationship)
        {
            var person = Create(sex, age, lastName, comune, home);
            household.AddMember(person.Person.Id, relationship);
            members.Add(person);
        }
        Add(headSex, headAge, surname, Relationship.Head);
        if (couple)
            Add(headSex == Sex.Male ? Sex.Female : Sex.Male, headAge + random.Between(-3, 3), random.Pick(names.Surnames), Relationship.Spouse);
        foreach (var age in childrenAges)
            Add(random.Chance(0.5) ? Sex.Female : Sex.Male, age, surname, Relationship.Child);
        return (household, members);
    }

    private static double CoupleChance(int headAge) => headAge switch { >= 80 => 0.4, >= 65 => 0.6, >= 35 => 0.7, _ => 0.4 };

    private IEnumerable<int> ChildrenAges(int headAge)
    {
        var count = headAge switch
        {
            >= 80 => random.Chance(0.05) ? 1 : 0,
            >= 65 => random.Chance(0.1) ? 1 : 0,
            >= 35 => random.Weighted([(0, 40), (1, 30), (2, 25), (3, 5)]),
            _ => random.Chance(0.2) ? 1 : 0,
        };
        for (var i = 0; i < count; i++)
            yield return Math.Max(0, headAge - random.Between(22, 40));
    }

    private SeedPerson Create(Sex sex, int age, string lastName, Municipality comune, Address home)
    {
        var firstName = names.FirstName(random, sex);
        var birthPlace = BirthPlace(comune);
        var birthDate = today.AddYears(-age).AddDays(-random.Between(1, 364));
        var identifier = Identify(firstName, lastName, sex, ref birthDate, birthPlace, age);
        var person = new Person(identifier, new PersonName(firstName, lastName), sex, birthDate, birthPlace, home, today);
        if (random.Chance(0.75))
            person.SetContacts(new Contacts($"+39 3{random.Between(20, 93)} {random.Between(1000000, 9999999)}", random.Chance(0.3) ? $"{identifier.Value.ToLowerInvariant()}@mail.example" : null));
        if (age >= 14)
            person.SetFamilyDoctor($"Dott. {names.FirstName(random, random.Chance(0.5) ? Sex.Female : Sex.Male)} {random.Pick(names.Surnames)}");
        return new SeedPerson(person, age);
    }

    private string BirthPlace(Municipality residence) => random.Weighted(
    [
        (residence.CadastralCode, 78),
        (world.Comuni.Pick(random).CadastralCode, 15),
        (random.Pick(ForeignCountries), 7),
    ]);

    // A codice fiscale collides for namesakes born the same day in the same place; real offices
    // then assign an omocodic code. Demo data simply moves the birthday, which keeps codes plain.
    private PersonIdentifier Identify(string firstName, string lastName, Sex sex, ref DateOnly birthDate, string birthPlace, int age)
    {
        if (birthPlace.StartsWith('Z') && age >= 18 && random.Chance(0.15))
            return NextStp();
        while (true)
        {
            var code = FiscalCode.Compose(lastName, firstName, sex, birthDate, birthPlace).Value;
            if (identifiers.Add(code))
                return new PersonIdentifier(PersonIdentifierKind.FiscalCode, code);
            birthDate = birthDate.AddDays(-1);
        }
    }

    private PersonIdentifier NextStp()
    {
        string code;
        do code = $"STP090{random.Between(201, 203)}{++stpSequence:0000000}";
        while (!identifiers.Add(code));
        return new PersonIdentifier(PersonIdentifierKind.Stp, code);
    }
}
