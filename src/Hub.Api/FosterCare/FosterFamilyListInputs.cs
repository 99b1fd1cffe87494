using GraphQL.Types;
using Hub.Api.GraphQL.Filtering;
using Hub.Api.GraphQL.Sorting;
using Hub.Api.Territory;
using Hub.Domain.Audit;
using Hub.Domain.FosterCare;
using Hub.Domain.Territory;

namespace Hub.Api.FosterCare;

public sealed class FosterFamilyFilterInputType : FilterInputType<FosterFamilyFilterInputType, FosterFamily>
{
    public FosterFamilyFilterInputType() : base("Conditions on foster families (SOCIAL, like the fields they stand for).")
    {
        Enum<EnumerationGraphType<FosterFamilyStatus>, FosterFamilyStatus>("status", f => f.Status, "Candidate, suitable, not suitable or withdrawn.");
        Object<ZoneFilterInputType, Zone>("zone", (f, db) => db.Zones.Where(z => z.Id == f.ZoneId), "The zone whose Centro Affidi keeps it.");
        Comparable<DateOnlyGraphType, DateOnly>("registeredOn", f => f.RegisteredOn, "Registration date.");
        Comparable<IntGraphType, int>("places", f => f.Availability.Places, "Minors taken at once.");
        Clearance("places", Sensitivity.Social);
    }
}

public sealed class FosterFamilySortInputType : SortInputType<FosterFamilySortInputType, FosterFamily>
{
    public FosterFamilySortInputType() : base("Sort keys of foster families.")
    {
        Key("registeredOn", f => f.RegisteredOn, "By registration date.");
        Key("status", f => f.Status, "By status.");
    }
}
