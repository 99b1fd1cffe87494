using GraphQL.Types;
using Hub.Api.GraphQL.Mutations;
using Hub.Domain.Access;
using Hub.Domain.Care;
using Hub.Domain.Common;
using Hub.Domain.Organizations;
using Hub.Domain.People;
using Hub.Domain.Services;
using Hub.Domain.SocialRecord;
using Hub.Domain.Structures;
using Hub.Domain.Territory;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.SocialRecord;

/// <summary>The access desk: receiving requests and answering them within the service's maximum wait; the rules are <see cref="AccessDesk"/>'s.</summary>
public sealed class AccessRequestMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<ReceiveAccessRequestInput, AccessRequestPayloadType>("receiveAccessRequest",
            "Receives a request at the caller's desk; one the service's residency rule excludes is answered NOT_ELIGIBLE at once, with the reason (ricezione).",
            Permission.HandleAccessRequests, ReceiveAsync);
        Answer(mutation, "giveAccessRequestInformation", "Answers with information only: RECEIVED → INFORMATION_GIVEN (informazione e orientamento).",
            (r, i, on, today) => r.GiveInformation(i.Outcome, on, today));
        Answer(mutation, "referAccessRequest", "Refers the request to another service or body, named in the outcome: RECEIVED → REFERRED (invio).",
            (r, i, on, today) => r.Refer(i.Outcome, on, today));
        Answer(mutation, "declareAccessRequestNotEligible", "Finds the request not eligible, with the reason: RECEIVED → NOT_ELIGIBLE (non ammissibile).",
            (r, i, on, today) => r.DeclareNotEligible(i.Outcome, on, today));
        Answer(mutation, "withdrawAccessRequest", "Records that whoever asked withdrew the request: RECEIVED → WITHDRAWN (ritiro).",
            (r, i, on, today) => r.Withdraw(i.Outcome, on, today));
        mutation.Change<OpenCaseFromAccessRequestInput, AccessRequest, AccessRequestPayloadType>("openCaseFromAccessRequest",
            "Opens a case for the request's person in the request's zone and area, from channel ACCESS_POINT, and links it: RECEIVED → CASE_OPENED (presa in carico).",
            Permission.ManageCases, i => new(i.AccessRequestId, i.ExpectedVersion), OpenCaseAsync);
    }

    private static async Task<Entity> ReceiveAsync(MutationContext m, ReceiveAccessRequestInput input)
    {
        var desk = await m.FindEntity<Organization>(input.DeskId);
        var accessPoint = await m.FindOptional<Structure>(input.AccessPointId);
        var service = await m.FindEntity<Service>(input.ServiceId);
        var subject = await SubjectAsync(m, input);
        return await new AccessDesk(m.Db).ReceiveAsync(desk, accessPoint, subject, service, input.RequesterKind, input.RequesterName,
            input.ReceivedOn ?? m.Today, m.Today, m.CancellationToken);
    }

    // A registered person is found through the caller's scope; an identity names only a comune, which is master data.
    private static async Task<AccessRequestSubject> SubjectAsync(MutationContext m, ReceiveAccessRequestInput input)
    {
        if ((input.PersonId is null) == (input.Identity is null))
            throw new DomainValidationException(nameof(input.PersonId), "Name whom the request is for by exactly one of personId and identity.");
        if (input.PersonId is { } personId)
        {
            var person = await m.FindEntity<Person>(personId);
            return new AccessRequestSubject(person.Id, person.FirstName, person.LastName, person.BirthDate, person.Residence.MunicipalityId);
        }
        var identity = input.Identity!;
        var comune = await m.FindEntity<Municipality>(identity.ResidenceMunicipalityId);
        return new AccessRequestSubject(null, identity.FirstName, identity.LastName, identity.BirthDate, comune.Id);
    }

    private static async Task OpenCaseAsync(MutationContext m, AccessRequest request, OpenCaseFromAccessRequestInput input)
    {
        if (input.PersonId is { } personId)
        {
            var named = await m.FindEntity<Person>(personId);
            request.IdentifyPerson(named.Id, named.FirstName, named.LastName, named.BirthDate, named.Residence.MunicipalityId);
        }
        if (request.PersonId is not { } registered)
            throw new DomainValidationException(nameof(input.PersonId), "The request names no registered person: register them (registerPerson) and give personId.");
        var person = await m.Db.Persons.SingleOrDefaultAsync(p => p.Id == registered, m.CancellationToken)
            ?? throw new NotFoundException(nameof(Person), Hub.Api.GraphQL.Relay.GlobalId.Encode(nameof(Person), registered));
        person.EnsureAlive(nameof(input.PersonId));
        // The request's zone is the desk's: only staff serving it take the person in charge there.
        var zone = await m.Db.Zones.SingleAsync(z => z.Id == request.ZoneId, m.CancellationToken);
        m.Db.Scope.Caller.EnsureServes(zone);
        var careCase = new CareCase(registered, zone.Id, request.Area, AccessChannel.AccessPoint, input.OpenedOn ?? m.Today, m.Today);
        request.CaseOpened(careCase, m.Today);
        m.Db.CareCases.Add(careCase);
    }

    private static void Answer(ObjectGraphType mutation, string name, string description, Action<AccessRequest, AnswerAccessRequestInput, DateOnly, DateOnly> answer) =>
        mutation.Change<AnswerAccessRequestInput, AccessRequest, AccessRequestPayloadType>(name, description, Permission.HandleAccessRequests,
            i => new(i.AccessRequestId, i.ExpectedVersion), (m, r, i) => answer(r, i, i.AnsweredOn ?? m.Today, m.Today));
}
