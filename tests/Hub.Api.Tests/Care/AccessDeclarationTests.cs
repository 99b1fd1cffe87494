using GraphQL.Types;
using Hub.Api.Access;
using Hub.Api.GraphQL;
using Hub.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Tests.Care;

/// <summary>What authorization reads from the schema: each mutation's permission, each care field's sensitivity.</summary>
[Collection(HubApiCollection.Name)]
public sealed class AccessDeclarationTests(HubApiFactory host)
{
    private static readonly string[] CareTypes =
    [
        "CareCase", "Assessment", "AssessmentScore", "CarePlan", "Intervention", "Placement", "DischargeRequest",
        "CareCasePayload", "AssessmentPayload", "CarePlanPayload", "PlacementPayload", "DischargeRequestPayload",
        "PersonPayload", "HouseholdPayload", "StructureModulePayload",
        "NotFoundError", "ValidationError", "ConcurrencyError", "InvalidTransitionError", "CapacityExceededError", "ForbiddenError",
    ];

    // Declared once for every node by EntityGraphType; not data about a person.
    private static readonly string[] NodeStamps = ["id", "version", "createdAt", "updatedAt"];

    [Fact]
    public void Every_mutation_declares_the_permission_it_needs()
    {
        var schema = Schema();

        var undeclared = schema.Mutation!.Fields.Where(f => f.PermissionOf() is null).Select(f => f.Name).ToList();

        Assert.True(schema.Mutation.Fields.Count >= 40, $"Only {schema.Mutation.Fields.Count} mutations.");
        Assert.Empty(undeclared);
    }

    [Fact]
    public void Every_care_field_declares_its_sensitivity()
    {
        var schema = Schema();

        var undeclared = CareTypes.Select(name => (IComplexGraphType)schema.AllTypes[name]!)
            .SelectMany(type => type.Fields.Where(f => !NodeStamps.Contains(f.Name) && f.SensitivityOf() is null).Select(f => $"{type.Name}.{f.Name}"))
            .ToList();

        Assert.Empty(undeclared);
    }

    private HubSchema Schema()
    {
        var schema = host.Services.GetRequiredService<HubSchema>();
        schema.Initialize();
        return schema;
    }
}
