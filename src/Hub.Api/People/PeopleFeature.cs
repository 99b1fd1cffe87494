using Hub.Api.GraphQL;
using Hub.Api.GraphQL.Mutations;
using Hub.Api.GraphQL.Relay;
using Hub.Domain.People;

namespace Hub.Api.People;

/// <summary>Persons and households. Its wiring: root fields, mutations, node types.</summary>
public static class PeopleFeature
{
    public static IServiceCollection AddPeople(this IServiceCollection services)
    {
        services.AddSingleton<IQueryFields, PersonQueries>();
        services.AddSingleton<IMutationFields, PersonMutations>();
        services.AddSingleton<IMutationFields, HouseholdMutations>();
        services.AddSingleton(NodeSource.Of<Person>());
        services.AddSingleton(NodeSource.Of<Household>());
        return services;
    }
}
