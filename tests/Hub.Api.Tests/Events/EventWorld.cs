using Hub.Api.GraphQL.Relay;
using Hub.Api.Tests.Care;
using Hub.Api.Tests.Infrastructure;
using Hub.Domain.Organizations;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Tests.Events;

/// <summary>
/// What event tests start from: the care world (a zone, its hospital, ACOT, social worker and a fresh
/// RSA with its operator) plus a second hospital, whose requests the first one must never hear of.
/// </summary>
public sealed class EventWorld
{
    private EventWorld(CareWorld care, CareActor otherHospital, string otherHospitalId) =>
        (Care, OtherHospital, OtherHospitalId) = (care, otherHospital, otherHospitalId);

    public CareWorld Care { get; }

    public CareActor OtherHospital { get; }

    public string OtherHospitalId { get; }

    public static async Task<EventWorld> CreateAsync(HubApiHost host)
    {
        var care = await CareWorld.CreateAsync(host);
        var other = await care.Read(db => db.Organizations
            .Where(o => o.Kind == OrganizationKind.Hospital && o.Id != CareWorld.Key(care.HospitalId)).OrderBy(o => o.Id).Select(o => o.Id).FirstAsync());
        return new EventWorld(care, new CareActor(host.CreateClient(TestCallers.DischargePlanner(other))), GlobalId.Encode("Organization", other));
    }

    /// <summary>The position of the newest event in the outbox (opaque, as the API spells it); events after it are the test's.</summary>
    public Task<string> HeadAsync() =>
        Care.Read(async db => Hub.Api.Events.ChangePosition.Encode(await db.OutboxEvents.MaxAsync(e => (long?)e.Position) ?? 0));

    /// <summary>A discharge request filed by <paramref name="hospital"/> (the world's or the other one) for a new person; its id.</summary>
    public async Task<string> FileRequestAsync(CareActor hospital, string hospitalId)
    {
        var (_, fiscalCode) = await Care.RegisterPersonAsync();
        var request = await hospital.Succeed("submitDischargeRequest", "SubmitDischargeRequestInput", new
        {
            hospitalId, ward = "Geriatria", admissionReference = $"N{Guid.NewGuid():N}"[..12], fiscalCode,
            expectedDischargeOn = CareWorld.Today.AddDays(3).ToString("yyyy-MM-dd"), needs = "Assistenza nelle ADL", proposedSetting = "HOME_WITH_CARE",
        }, "dischargeRequest");
        return request.At("id").GetString()!;
    }

    /// <summary>The zone's ACOT acknowledges a request (a status change the filing hospital follows).</summary>
    public Task AcknowledgeAsync(string requestId) =>
        Care.Acot.Succeed("acknowledgeDischargeRequest", "AcknowledgeDischargeRequestInput", new { dischargeRequestId = requestId }, "dischargeRequest");
}
