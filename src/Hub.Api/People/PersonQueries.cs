using GraphQL;
using GraphQL.Types;
using Hub.Api.Care;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.Paging;
using Hub.Api.GraphQL.Relay;
using Hub.Api.GraphQL.Sorting;
using Hub.Domain.Common;
using Hub.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.People;

/// <summary>Root fields for persons and households.</summary>
public sealed class PersonQueries : IQueryFields
{
    public static readonly SortOrder<Person> PersonOrder = SortOrder<Person>.ByKeys([.. NameOrder.Keys<Person>("lastName", p => p.LastName), .. NameOrder.Keys<Person>("firstName", p => p.FirstName)]);
    public static readonly SortOrder<Household> HouseholdOrder = SortOrder<Household>.By("createdAt", h => h.CreatedAt);

    public void AddTo(ObjectGraphType query)
    {
        query.Connection<object?, PersonType, Person>("persons", "Persons known to the services (assistiti), by surname and name.",
            (_, db) => db.Persons.AsNoTracking(), PersonOrder);
        query.Connection<object?, HouseholdType, Household>("households", "Households (nuclei familiari).",
            (_, db) => db.Households.AsNoTracking(), HouseholdOrder);
        query.Field<PersonType>("person").Description("A person by codice fiscale (16 characters, or the provisional 11 digits) or STP/ENI code; null when unknown.")
            .Argument<NonNullGraphType<StringGraphType>>("fiscalCode", "Codice fiscale (16 characters, or the provisional 11 digits), or STP/ENI code; validated with its check character or digit, case and spaces ignored.")
            .ResolveAsync(async context =>
            {
                var identifier = Parse(context.GetArgument<string>("fiscalCode"));
                // Naming a person is how a hospital reaches them (row scopes, Reach.Lookups).
                context.Db().Scope.NamePerson(identifier.Value);
                return await PersonCare.LookupAsync(context, identifier.Value);
            });
    }

    private static PersonIdentifier Parse(string value)
    {
        try
        {
            return PersonIdentifier.Parse(value);
        }
        catch (DomainException e)
        {
            throw HubErrors.BadInput(e.Message);
        }
    }
}
