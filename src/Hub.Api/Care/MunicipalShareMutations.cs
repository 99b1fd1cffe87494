using System.ComponentModel;
using GraphQL;
using GraphQL.Types;
using Hub.Api.GraphQL.InputRules;
using Hub.Api.GraphQL.Mutations;
using Hub.Domain.Access;
using Hub.Domain.Audit;
using Hub.Domain.Care;
using Hub.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Care;

public sealed class InterventionPayloadType() : PayloadType<InterventionType>("InterventionPayload", "intervention", "The result of a change to one intervention.", Sensitivity.Social);

[Description("The comune records the share it pays of an intervention of one of its residents (quota sociale a carico del comune).")]
public sealed record RecordMunicipalShareInput(
    [property: Id, Description("The intervention (Intervention id).")] string InterventionId,
    [property: Column<CostShares>(nameof(CostShares.Municipality)), Description("The comune's share, € a day, zero or more (quota comunale giornaliera).")] decimal DailyShare,
    [property: Description("The intervention's version read; refused when it has changed since.")] long? ExpectedVersion);

/// <summary>
/// A comune's officer records what the comune pays of its residents' interventions (DESIGN §4, the
/// <c>municipal-officer</c>'s "may do"); the change is audited and kept in the intervention's history.
/// </summary>
public sealed class MunicipalShareMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation) =>
        mutation.Mutation<RecordMunicipalShareInput, InterventionPayloadType>("recordMunicipalShare",
            "Records the comune's daily share of an intervention of one of its residents, on a plan being prepared or in force (quota sociale a carico del comune).",
            Permission.RecordMunicipalShare, RecordAsync);

    private static async Task<Entity> RecordAsync(MutationContext m, RecordMunicipalShareInput input)
    {
        // Found through the caller's scope: a comune's officer reaches only its residents' interventions.
        var intervention = await m.Find<Intervention>(input.InterventionId, input.ExpectedVersion);
        var plan = await m.Db.CarePlans.Include(p => p.Interventions).SingleAsync(p => p.Id == intervention.CarePlanId, m.CancellationToken);
        await EnsurePaysForAsync(m, plan.PersonId);
        return plan.RecordMunicipalShare(intervention.Id, input.DailyShare);
    }

    /// <summary>
    /// A comune pays only for its own residents: checked on the residence, whichever other role let the
    /// caller see the intervention (a comune's social worker sees its zone's cases, residents of other comuni too).
    /// </summary>
    private static async Task EnsurePaysForAsync(MutationContext m, Guid personId)
    {
        var caller = m.Db.Scope.Caller;
        if (caller.Unrestricted)
            return;
        var comune = await m.Db.Organizations.Where(o => o.Id == caller.OrganizationId).Select(o => o.MunicipalityId).SingleOrDefaultAsync(m.CancellationToken);
        var residence = await m.Db.Persons.Where(p => p.Id == personId).Select(p => (Guid?)p.Residence.MunicipalityId).SingleOrDefaultAsync(m.CancellationToken);
        if (comune is null || residence != comune)
            throw new ForbiddenException("The person is not resident in your comune: a comune records its share only for its own residents.");
    }
}
