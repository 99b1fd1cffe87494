using GraphQL.Types;
using Hub.Api.Care;
using Hub.Api.GraphQL.Mutations;
using Hub.Api.People;
using Hub.Domain.Access;
using Hub.Domain.Common;
using Hub.Domain.Minors;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Minors;

/// <summary>The anti-violence pathway: a centre opens its own cases, which nobody else sees.</summary>
public sealed class AntiViolenceMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation) =>
        mutation.Mutation<OpenAntiViolenceCaseInput, CareCasePayloadType>("openAntiViolenceCase",
            "Registers a woman and opens a case of the caller's Centro antiviolenza for her (area GENDER_VIOLENCE), with her shelter's address; "
            + "from then on she, the case and the shelter are seen by the centre's operators only (percorso antiviolenza).",
            Permission.ManageAntiViolenceCases, OpenAsync);

    private static async Task<Entity> OpenAsync(MutationContext m, OpenAntiViolenceCaseInput input)
    {
        // The centre is the caller's own organisation, checked against the registry when the token was accepted.
        var centre = await m.Db.Organizations.SingleAsync(o => o.Id == m.Db.Scope.Caller.OrganizationId, m.CancellationToken);
        var woman = await PersonMutations.NewPersonAsync(m, input.Person);
        var shelter = input.Shelter is null ? null : await input.Shelter.ToAddressAsync(m);
        var (careCase, protectedAddress) = AntiViolencePathway.Open(woman, centre, shelter, input.OpenedOn ?? m.Today, m.Today);
        m.Db.Persons.Add(woman);
        m.Db.CareCases.Add(careCase);
        if (protectedAddress is not null)
            m.Db.ProtectedAddresses.Add(protectedAddress);
        return careCase;
    }
}
