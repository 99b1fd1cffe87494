using GraphQL.Types;
using Hub.Api.Care;
using Hub.Api.GraphQL.Mutations;
using Hub.Domain.Access;
using Hub.Domain.Care;
using Hub.Domain.Common;
using Hub.Domain.Minors;
using Hub.Domain.People;
using Hub.Domain.Territory;

namespace Hub.Api.Minors;

/// <summary>Opening a child-protection case from a report, and recording who is responsible for the minor.</summary>
public sealed class ChildProtectionMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<OpenChildProtectionCaseInput, CareCasePayloadType>("openChildProtectionCase",
            "Opens a case in area MINORS_FAMILIES, state REFERRED, for a minor, with the report that reached the services (segnalazione, apertura tutela minori).",
            Permission.ManageCases, OpenAsync);
        mutation.Change<RecordParentalResponsibilityInput, CareCase, CareCasePayloadType>("recordParentalResponsibility",
            "Records an adult who exercises parental responsibility for the minor of an open child-protection case: parent, guardian or curator.",
            Permission.ManageCases, i => new(i.CareCaseId, i.ExpectedVersion), async (m, careCase, i) =>
            {
                var holder = await m.FindEntity<Person>(i.HolderId);
                m.Db.ParentalResponsibilities.Add(new ParentalResponsibility(careCase, holder, i.Role, i.Since ?? m.Today, m.Today));
            });
    }

    private static async Task<Entity> OpenAsync(MutationContext m, OpenChildProtectionCaseInput input)
    {
        var minor = await m.FindEntity<Person>(input.PersonId);
        minor.EnsureAlive(nameof(input.PersonId));
        var zone = await m.FindEntity<Zone>(input.ZoneId);
        m.Db.Scope.Caller.EnsureServes(zone);
        var (careCase, report) = ChildProtection.Open(minor, zone.Id, input.ReportedOn, input.Source, input.ReportedBy, input.Summary, input.OpenedOn ?? m.Today, m.Today);
        m.Db.CareCases.Add(careCase);
        m.Db.FirstReports.Add(report);
        return careCase;
    }
}
