using GraphQL.Types;
using Hub.Api.Access;
using Hub.Api.GraphQL;
using Hub.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Tests.Access;

/// <summary>Walks the schema: nothing is readable or runnable without an access declaration, and the matrix covers every root field.</summary>
[Collection(HubApiCollection.Name)]
public sealed class AuthorizationSchemaTests(HubApiFactory factory) : HubApiTest(factory)
{
    [Fact]
    public void Every_output_field_has_a_sensitivity()
    {
        var schema = Schema();

        var undeclared = ObjectTypes(schema).Where(type => type != schema.Mutation)
            .SelectMany(type => type.Fields.Where(field => field.EffectiveSensitivityOf() is null).Select(field => $"{type.Name}.{field.Name}")).ToList();

        Assert.True(undeclared.Count == 0, $"Declare .Sensitive(...) on the field or its type: {string.Join(", ", undeclared)}");
    }

    [Fact]
    public void Every_mutation_requires_a_permission()
    {
        var schema = Schema();

        var undeclared = schema.Mutation?.Fields.Where(field => field.PermissionOf() is null).Select(field => field.Name).ToList() ?? [];

        Assert.True(undeclared.Count == 0, $"Declare .Requires(Permission.X) on: {string.Join(", ", undeclared)}");
    }

    [Fact]
    public void Every_root_query_field_has_a_row_in_the_authorization_matrix()
    {
        var probed = AuthorizationMatrixTests.Probes.Select(probe => probe.Name.Split('.')[0]).ToHashSet();

        var missing = Schema().Query.Fields.Select(field => field.Name).Where(name => !probed.Contains(name)).ToList();

        Assert.True(missing.Count == 0, $"Add the expected outcome per role to AuthorizationMatrixTests.Probes for: {string.Join(", ", missing)}");
    }

    [Fact]
    public void Fields_above_public_are_nullable_and_say_their_sensitivity()
    {
        var schema = Schema();

        var wrong = ObjectTypes(schema).SelectMany(type => type.Fields
            .Where(field => field.EffectiveSensitivityOf() is { } level && level != Domain.Audit.Sensitivity.Public)
            .Where(field => field.ResolvedType is NonNullGraphType || !field.Description!.Contains("Sensitivity: ", StringComparison.Ordinal))
            .Select(field => $"{type.Name}.{field.Name}")).ToList();

        Assert.Empty(wrong);
    }

    private HubSchema Schema()
    {
        var schema = Host.Services.GetRequiredService<HubSchema>();
        schema.Initialize();
        return schema;
    }

    private static IEnumerable<IObjectGraphType> ObjectTypes(ISchema schema) =>
        schema.AllTypes.OfType<IObjectGraphType>().Where(type => !type.Name.StartsWith("__", StringComparison.Ordinal));
}
