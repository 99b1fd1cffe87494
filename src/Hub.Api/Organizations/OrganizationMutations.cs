using GraphQL.Types;
using Hub.Api.GraphQL.Mutations;
using Hub.Domain.Access;
using Hub.Domain.Common;
using Hub.Domain.Organizations;
using Hub.Domain.Territory;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Organizations;

public sealed class OrganizationPayloadType() : PayloadType<OrganizationType>("OrganizationPayload", "organization", "The result of a change to an organisation.", Domain.Audit.Sensitivity.Public);

/// <summary>The register of organisations: kept by the Region; a body renames and recodes itself (<see cref="RegistryChecks"/>).</summary>
public sealed class OrganizationMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<RegisterOrganizationInput, OrganizationPayloadType>("registerOrganization", "Registers a body; Region's registry administrators only.",
            Permission.ManageMasterData, RegisterAsync);
        Change<RenameOrganizationInput>(mutation, "renameOrganization", "Renames a body: the Region, or the body's own registry administrator.",
            i => new(i.OrganizationId, i.ExpectedVersion), (m, o, i) =>
            {
                EnsureKeeps(m, o);
                o.Rename(i.Name);
            });
        Change<ChangeOrganizationCodesInput>(mutation, "changeOrganizationCodes", "Replaces a body's tax code and code: the Region, or the body's own registry administrator.",
            i => new(i.OrganizationId, i.ExpectedVersion), (m, o, i) =>
            {
                EnsureKeeps(m, o);
                o.ChangeCodes(i.TaxCode, i.Code);
            });
        mutation.Change<CloseOrganizationInput, Organization, OrganizationPayloadType>("closeOrganization",
            "Closes a body (cessazione); refused while it runs open structures. Region's registry administrators only.",
            Permission.ManageMasterData, i => new(i.OrganizationId, i.ExpectedVersion), async (m, o, i) =>
            {
                m.Db.Scope.Caller.EnsureKeepsRegionalRegister("the register of organisations");
                o.Close(i.On ?? m.Today, m.Today, await m.Db.Structures.CountAsync(s => s.OperatorOrganizationId == o.Id && s.ClosedOn == null, m.CancellationToken));
            });
    }

    private static async Task<Entity> RegisterAsync(MutationContext m, RegisterOrganizationInput input)
    {
        m.Db.Scope.Caller.EnsureKeepsRegionalRegister("the register of organisations");
        var organization = new Organization(input.Kind, input.Name, input.TaxCode, input.Code);
        organization.LocateIn((await m.FindOptional<HealthAuthority>(input.HealthAuthorityId))?.Id, (await m.FindOptional<Zone>(input.ZoneId))?.Id,
            (await m.FindOptional<Municipality>(input.MunicipalityId))?.Id);
        m.Db.Organizations.Add(organization);
        return organization;
    }

    private static void EnsureKeeps(MutationContext m, Organization organization)
    {
        if (!m.Db.Scope.Caller.KeepsRegionalRegisters())
            m.Db.Scope.Caller.EnsureKeepsOwn(organization.Id, $"Organisation '{organization.Name}'");
    }

    private static void Change<TInput>(ObjectGraphType mutation, string name, string description,
        Func<TInput, ChangeTarget> target, Action<MutationContext, Organization, TInput> change) where TInput : notnull =>
        mutation.Change<TInput, Organization, OrganizationPayloadType>(name, description, Permission.ManageMasterData, target, change);
}
