using Hub.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Tests.Care;

/// <summary>A client retrying before its first attempt answered: the retries race the first run on PostgreSQL.</summary>
[Collection(PostgresCareApiCollection.Name)]
public sealed class ConcurrentRetryTests(PostgresHubApiFactory host) : HubApiTest(host)
{
    private const int Attempts = 10;

    [Fact]
    public async Task Parallel_submissions_with_one_key_file_one_request_and_all_get_it()
    {
        var world = await CareWorld.CreateAsync(Host);
        var (personId, fiscalCode) = await world.RegisterPersonAsync();
        var input = new
        {
            hospitalId = world.HospitalId, ward = "Ortopedia", admissionReference = $"N{Guid.NewGuid():N}"[..12], fiscalCode,
            expectedDischargeOn = CareWorld.Today.AddDays(4).ToString("yyyy-MM-dd"), needs = "Mobilizzazione assistita", proposedSetting = "INTERMEDIATE_CARE",
            idempotencyKey = Guid.NewGuid().ToString(),
        };

        var payloads = await Task.WhenAll(Enumerable.Range(0, Attempts).Select(_ =>
            world.Hospital.Mutate("submitDischargeRequest", "SubmitDischargeRequestInput", input, "dischargeRequest { id }")));

        Assert.All(payloads, p => Assert.Equal(0, p.At("errors").GetArrayLength()));
        Assert.Single(payloads.Select(p => p.At("dischargeRequest", "id").GetString()).Distinct());
        Assert.Equal(1, await world.Read(db => db.DischargeRequests.CountAsync(d => d.PersonId == CareWorld.Key(personId))));
    }
}
