using GraphQL.Types;
using Hub.Api.GraphQL;
using Hub.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Tests.GraphQL;

[Collection(HubApiCollection.Name)]
public sealed class SchemaDescriptionTests(HubApiFactory factory) : HubApiTest(factory)
{
    [Fact]
    public void Every_type_field_argument_and_enum_value_is_described()
    {
        var schema = Host.Services.GetRequiredService<HubSchema>();
        schema.Initialize();

        var undescribed = schema.AllTypes.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal)).SelectMany(Undescribed).ToList();

        Assert.True(undescribed.Count == 0, $"Missing descriptions: {string.Join(", ", undescribed)}");
    }

    private static IEnumerable<string> Undescribed(IGraphType type)
    {
        if (string.IsNullOrWhiteSpace(type.Description))
            yield return type.Name;
        if (type is IComplexGraphType complex)
        {
            foreach (var field in complex.Fields)
            {
                if (string.IsNullOrWhiteSpace(field.Description))
                    yield return $"{type.Name}.{field.Name}";
                foreach (var argument in field.Arguments ?? [])
                    if (string.IsNullOrWhiteSpace(argument.Description))
                        yield return $"{type.Name}.{field.Name}({argument.Name})";
            }
        }
        if (type is EnumerationGraphType enumeration)
            foreach (var value in enumeration.Values.Where(v => string.IsNullOrWhiteSpace(v.Description)))
                yield return $"{type.Name}.{value.Name}";
    }
}
