using GraphQL.Types;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.Paging;
using Hub.Api.GraphQL.Relay;
using Hub.Api.GraphQL.Sorting;
using Hub.Api.Services;
using Hub.Domain.Services;
using Hub.Domain.Structures;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Structures;

/// <summary>Root fields for structures, family centres and the service catalogue.</summary>
public sealed class StructureQueries : IQueryFields
{
    public static readonly SortOrder<Structure> StructureOrder = SortOrder<Structure>.ByKeys(NameOrder.Keys<Structure>("name", s => s.Name));
    public static readonly SortOrder<FamilyCenter> FamilyCenterOrder = SortOrder<FamilyCenter>.ByKeys(NameOrder.Keys<FamilyCenter>("name", f => f.Name));
    public static readonly SortOrder<Service> ServiceOrder = SortOrder<Service>.By("code", s => s.Code);

    public void AddTo(ObjectGraphType query)
    {
        query.Connection<object?, StructureType, Structure>("structures", "Structures (strutture): RSA, day centres and the others, by name.",
            (_, db) => db.Structures.AsNoTracking(), StructureOrder);
        query.Connection<object?, FamilyCenterType, FamilyCenter>("familyCenters", "Centri per le famiglie, by name.",
            (_, db) => db.FamilyCenters.AsNoTracking(), FamilyCenterOrder);
        query.Connection<object?, ServiceType, Service>("services", "The service catalogue, by code.",
            (_, db) => db.Services.AsNoTracking(), ServiceOrder);
    }
}
