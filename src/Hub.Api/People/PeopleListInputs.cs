using GraphQL.Types;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.Filtering;
using Hub.Api.GraphQL.Sorting;
using Hub.Api.Territory;
using Hub.Domain.Common;
using Hub.Domain.People;

namespace Hub.Api.People;

public sealed class PersonFilterInputType : FilterInputType<PersonFilterInputType, Person>
{
    public PersonFilterInputType() : base("Conditions on persons.")
    {
        Enum<EnumerationGraphType<PersonIdentifierKind>, PersonIdentifierKind>("identifierKind", p => p.IdentifierKind, "Codice fiscale, provisional codice fiscale, STP or ENI.");
        Text("identifier", p => p.Identifier, "The codice fiscale (16 characters, or 11 digits when provisional) or STP/ENI code.");
        NameText("firstName", p => p.FirstName, "First name.");
        NameText("lastName", p => p.LastName, "Surname.");
        Enum<EnumerationGraphType<Sex>, Sex>("sex", p => p.Sex, "Sex.");
        Comparable<DateOnlyGraphType, DateOnly>("birthDate", p => p.BirthDate, "Date of birth.");
        Text("birthPlaceCode", p => p.BirthPlaceCode, "Cadastral code of the birth comune or foreign country.");
        NameText("familyDoctor", p => p.FamilyDoctor, "Family doctor or paediatrician.");
        Comparable<DateOnlyGraphType, DateOnly?>("deathDate", p => p.DeathDate, "Date of death; { eq: null } is not a test: use not: { deathDate: { lte: … } }.");
        Nested<AddressFilterInputType, Address>("residence", p => p.Residence, "Registered residence.");
        Nested<AddressFilterInputType, Address>("domicile", p => p.Domicile, "Domicile, where recorded.");
        Object<HouseholdFilterInputType, Household>("household", (p, db) => db.Households.Where(h => h.Members.Any(m => m.PersonId == p.Id)), "The person's household.");
        // A zone's or a comune's residents (a social worker's list) are paged comune by comune, over the index on comune and surname.
        Partition = new(p => p.Residence.MunicipalityId, ["residence", "municipality"],
            (db, municipality) => db.Municipalities.Where(MunicipalityFilterInputType.Builder.Predicate(municipality, db)).Select(m => m.Id));
    }
}

public sealed class PersonSortInputType : SortInputType<PersonSortInputType, Person>
{
    public PersonSortInputType() : base("Sort keys of persons.")
    {
        NameText("lastName", p => p.LastName, "By surname.");
        NameText("firstName", p => p.FirstName, "By first name.");
        Key("birthDate", p => p.BirthDate, "By date of birth.");
        Key("identifier", p => p.Identifier, "By codice fiscale.");
    }
}

public sealed class HouseholdFilterInputType : FilterInputType<HouseholdFilterInputType, Household>
{
    public HouseholdFilterInputType() : base("Conditions on households.")
    {
        Comparable<DecimalGraphType, decimal?>("iseeValue", h => h.IseeValue, "ISEE value in euro.");
        Comparable<DateOnlyGraphType, DateOnly?>("iseeExpiresOn", h => h.IseeExpiresOn, "When the ISEE certificate expires.");
        List<HouseholdMemberFilterInputType, HouseholdMember>("members", (h, db) => db.HouseholdMembers.Where(m => m.HouseholdId == h.Id), "Its members.");
    }
}

public sealed class HouseholdSortInputType : SortInputType<HouseholdSortInputType, Household>
{
    public HouseholdSortInputType() : base("Sort keys of households.")
    {
        Key("createdAt", h => h.CreatedAt, "By when the household was recorded.");
        Key("iseeExpiresOn", h => h.IseeExpiresOn ?? DateOnly.MaxValue, "By ISEE expiry; households without one last.");
    }
}

public sealed class HouseholdMemberFilterInputType : FilterInputType<HouseholdMemberFilterInputType, HouseholdMember>
{
    public HouseholdMemberFilterInputType() : base("Conditions on household members.")
    {
        Enum<EnumerationGraphType<Relationship>, Relationship>("relationship", m => m.Relationship, "Relationship to the head of the household.");
        Object<PersonFilterInputType, Person>("person", (m, db) => db.Persons.Where(p => p.Id == m.PersonId), "The member.");
    }
}
