using System.Text.Json;
using Hub.Api.Access;
using Hub.Api.Tests.Care;
using Hub.Api.Tests.Infrastructure;
using Hub.Api.Tests.SocialRecord;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Tests.Audit;

/// <summary>
/// An auditor's trail does not tell that a woman is in an anti-violence pathway (red team): the events of a centre's callers are
/// shown to an auditor of that centre only, and left out of every other auditor's lists and counts.
/// </summary>
public abstract class AntiViolenceAuditTests(HubApiHost host) : HubApiTest(host)
{
    private const string Trail = "query($cf: String!) { personAuditTrail(fiscalCode: $cf, first: 100) { totalCount nodes { mutation subject } } }";

    [Fact]
    public async Task A_centres_events_are_left_out_of_another_auditors_trail_and_shown_to_the_centres_own_auditor()
    {
        var world = await SocialWorld.CreateAsync(Host);
        var (womanId, code, woman) = await world.RegisterCodedResidentAsync(female: true);
        await world.AntiViolenceCentre.Succeed("openAntiViolenceCase", "OpenAntiViolenceCaseInput", new { person = woman }, "careCase");
        await world.AntiViolenceCentre.Client.DataAsync("query($id: ID!) { node(id: $id) { ... on Person { lastName } } }", new { id = womanId });

        var regional = await Host.CreateClient(TestCallers.Auditor).DataAsync(Trail, new { cf = code });
        var centres = await Host.CreateClient(new CallerClaimSet("test-centre-auditor", world.AntiViolenceCentreId, "ANTI_VIOLENCE_CENTRE", ["auditor"]))
            .DataAsync(Trail, new { cf = code });
        var all = await Host.CreateClient(TestCallers.Auditor)
            .DataAsync("{ auditEvents(where: { mutation: { eq: \"openAntiViolenceCase\" } }) { totalCount } }");

        var seen = Nodes(regional);
        Assert.Contains(seen, n => n.Mutation == "registerPerson");
        Assert.DoesNotContain(seen, n => n.Subject == "test-anti-violence");
        Assert.Equal(seen.Count, regional.At("personAuditTrail", "totalCount").GetInt32());
        Assert.Equal(0, all.At("auditEvents", "totalCount").GetInt32());
        Assert.Contains(Nodes(centres), n => n.Mutation == "openAntiViolenceCase");
        Assert.Contains(Nodes(centres), n => n.Subject == "test-anti-violence" && n.Mutation is null);
    }

    [Fact]
    public async Task An_auditor_of_a_hospital_reads_its_own_organisations_events_only_counts_included_and_the_regions_reads_the_rest()
    {
        // Red team 35, F5b: a hospital's auditor read the regional trail, which told that a child is followed by child protection.
        var world = await SocialWorld.CreateAsync(Host);
        var (_, code, _) = await world.RegisterCodedResidentAsync();
        await world.Hospital.Client.DataAsync("query($cf: String!) { person(fiscalCode: $cf) { id lastName } }", new { cf = code });
        var hospital = CareWorld.Key(world.HospitalId);
        var auditor = Host.CreateClient(new CallerClaimSet("test-hospital-auditor", hospital.ToString(), "HOSPITAL", ["auditor"]));

        var own = await auditor.DataAsync("query($cf: String!) { personAuditTrail(fiscalCode: $cf, first: 100) { totalCount nodes { organization { id } } } }", new { cf = code });
        var all = await auditor.DataAsync("{ auditEvents(first: 1) { totalCount } registrations: auditEvents(first: 1, where: { mutation: { eq: \"registerPerson\" } }) { totalCount } }");
        var regional = Nodes(await Host.CreateClient(TestCallers.Auditor).DataAsync(Trail, new { cf = code }));
        var held = await world.Read(db => db.AuditEvents.CountAsync(e => e.OrganizationId == hospital));

        var nodes = own.At("personAuditTrail", "nodes").EnumerateArray().ToList();
        Assert.NotEmpty(nodes);
        Assert.All(nodes, n => Assert.Equal(world.HospitalId, n.At("organization", "id").GetString()));
        Assert.Equal(nodes.Count, own.At("personAuditTrail", "totalCount").GetInt32());
        Assert.Equal((held, 0), (all.At("auditEvents", "totalCount").GetInt32(), all.At("registrations", "totalCount").GetInt32()));
        Assert.Contains(regional, n => n.Mutation == "registerPerson");
    }

    private static List<(string? Mutation, string? Subject)> Nodes(JsonElement trail) =>
        [.. trail.At("personAuditTrail", "nodes").EnumerateArray()
            .Select(n => (n.At("mutation").ValueKind == JsonValueKind.Null ? null : n.At("mutation").GetString(), n.At("subject").GetString()))];
}

[Collection(CareApiCollection.Name)]
public sealed class SqliteAntiViolenceAuditTests(HubApiFactory host) : AntiViolenceAuditTests(host);

[Collection(PostgresCareApiCollection.Name)]
public sealed class PostgresAntiViolenceAuditTests(PostgresHubApiFactory host) : AntiViolenceAuditTests(host);
