using System.Text.Json;
using Hub.Api.GraphQL.Relay;
using Hub.Api.Tests.Care;
using Hub.Api.Tests.Infrastructure;
using Hub.Api.Tests.SocialRecord;
using Hub.Domain.Structures;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Tests.Minors;

/// <summary>
/// The Centro antiviolenza's shelter (issue 17: "an emergency placement in a shelter is a placement"; "a protected address is never
/// shown to anyone outside the case team"): the centre places a woman of its case in its own shelter and ends her stay; the shelter,
/// its places and the stay are seen by nobody else, on any read path; the stay obeys one placement at a time.
/// </summary>
public abstract class ShelterTests(HubApiHost host) : HubApiTest(host)
{
    private const string Stay = "id version kind status admittedOn endedOn dischargeReason structure { id kind }";

    [Fact]
    public async Task The_centre_places_a_woman_of_its_case_in_its_shelter_and_ends_her_stay()
    {
        var world = await SocialWorld.CreateAsync(Host);
        var shelter = await ShelterAsync(world);
        var caseId = await OpenCaseAsync(world);

        var placed = await world.AntiViolenceCentre.Succeed("placeInShelter", "PlaceInShelterInput", new { careCaseId = caseId, moduleId = shelter.ModuleId }, "placement", Stay);
        var during = await ShelterAsync(world);
        var ended = await world.AntiViolenceCentre.Succeed("endShelterStay", "EndShelterStayInput",
            new { placementId = placed.At("id").GetString(), reason = "RETURN_HOME", expectedVersion = placed.At("version").GetInt64() }, "placement", Stay);
        var after = await ShelterAsync(world);

        Assert.Equal(("SHELTER", "ADMITTED", shelter.StructureId, "SHELTER"), (placed.At("kind").GetString(), placed.At("status").GetString(),
            placed.At("structure", "id").GetString(), placed.At("structure", "kind").GetString()));
        Assert.Equal(("DISCHARGED", "RETURN_HOME"), (ended.At("status").GetString(), ended.At("dischargeReason").GetString()));
        Assert.Equal((shelter.Free - 1, shelter.Free), (during.Free, after.Free));
        var pathway = await world.Read(db => db.CarePlans.Where(p => p.CareCaseId == CareWorld.Key(caseId)).Select(p => new { p.Type, Kinds = p.Interventions.Select(i => i.Kind).ToList() }).SingleAsync());
        Assert.Equal((Hub.Domain.Care.CarePlanKind.ProtectionPathway, Hub.Domain.Care.InterventionKind.Shelter), (pathway.Type, Assert.Single(pathway.Kinds)));
    }

    [Fact]
    public async Task Hospital_comune_provider_zone_workers_planner_registry_and_another_centre_see_nothing_of_the_shelter_or_the_stay()
    {
        var world = await SocialWorld.CreateAsync(Host);
        var shelter = await ShelterAsync(world);
        var placementId = (await world.AntiViolenceCentre.Succeed("placeInShelter", "PlaceInShelterInput",
            new { careCaseId = await OpenCaseAsync(world), moduleId = shelter.ModuleId }, "placement")).At("id").GetString();
        var visible = await world.Read(db => db.Structures.CountAsync(s => s.Kind != StructureKind.Shelter));
        var blind = new[]
        {
            ("hospital", world.Hospital), ("comune", world.Desk), ("provider", world.Provider), ("social worker", world.SocialWorker),
            ("child-protection worker", world.ChildProtectionWorker), ("ACOT", world.Acot), ("another centre", world.OtherAntiViolenceCentre),
            ("planner", new CareActor(Host.CreateClient(TestCallers.Analyst))), ("registry administrator", new CareActor(Host.CreateClient(TestCallers.RegistryAdmin))),
        };

        foreach (var (who, caller) in blind)
        {
            var seen = await caller.Client.DataAsync("""
                query($s: ID!, $m: ID!, $p: ID!, $code: String!) {
                  nodes(ids: [$s, $m, $p]) { id }
                  byCode: structures(where: { regionalCode: { eq: $code } }) { totalCount nodes { id } }
                  byModule: structures(where: { modules: { some: { kind: { eq: SHELTER } } } }) { nodes { operator { id } } }
                  all: structures(first: 1) { totalCount }
                }
                """, new { s = shelter.StructureId, m = shelter.ModuleId, p = placementId, code = shelter.Code });
            Assert.True(seen.At("nodes").EnumerateArray().All(n => n.ValueKind == JsonValueKind.Null), $"{who} reached the shelter, its module or the stay: {seen}");
            Assert.True(seen.At("byCode", "totalCount").GetInt32() == 0, $"{who} found the shelter by its code: {seen}");
            // Another centre sees its own shelter, and no other.
            Assert.DoesNotContain(GlobalId.Encode("Organization", Guid.Parse(world.AntiViolenceCentreId)), seen.At("byModule", "nodes").EnumerateArray().Select(n => n.At("operator", "id").GetString()));
            Assert.True(seen.At("all", "totalCount").GetInt32() <= visible + 1, $"{who} counts more structures than there are outside shelters: {seen}");
            if (caller != world.OtherAntiViolenceCentre)
                Assert.Equal(visible, seen.At("all", "totalCount").GetInt32());
            var figures = await caller.Client.QueryAsync("{ moduleOccupancy { structureKind moduleKind module { id } } zoneOccupancy { contractedPlaces } }");
            if (figures.At("data").ValueKind == JsonValueKind.Object && figures.At("data", "moduleOccupancy").ValueKind == JsonValueKind.Array)
                Assert.DoesNotContain(figures.At("data", "moduleOccupancy").EnumerateArray(), r => r.At("structureKind").GetString() == "SHELTER" || r.At("moduleKind").GetString() == "SHELTER");
        }
        var ownFigures = await world.AntiViolenceCentre.Client.QueryAsync("{ moduleOccupancy { structureKind } }");
        Assert.DoesNotContain("SHELTER", ownFigures.ToString());
    }

    [Fact]
    public async Task A_woman_in_a_shelter_is_refused_a_second_stay_but_moved_by_a_transfer_which_ends_the_first()
    {
        var world = await SocialWorld.CreateAsync(Host);
        var shelter = await ShelterAsync(world);
        var caseId = await OpenCaseAsync(world);
        var first = await world.AntiViolenceCentre.Succeed("placeInShelter", "PlaceInShelterInput", new { careCaseId = caseId, moduleId = shelter.ModuleId }, "placement", Stay);

        var twice = await world.AntiViolenceCentre.Refused("placeInShelter", "PlaceInShelterInput", new { careCaseId = caseId, moduleId = shelter.ModuleId }, "placement");
        var moved = await world.AntiViolenceCentre.Succeed("placeInShelter", "PlaceInShelterInput",
            new { careCaseId = caseId, moduleId = shelter.ModuleId, replacesPlacementId = first.At("id").GetString() }, "placement", Stay);
        var firstNow = await world.AntiViolenceCentre.Client.DataAsync("query($id: ID!) { node(id: $id) { ... on Placement { status dischargeReason } } }", new { id = first.At("id").GetString() });

        Assert.Equal("ValidationError", twice.At("__typename").GetString());
        Assert.Contains("placed already", twice.At("message").GetString());
        Assert.Equal("ADMITTED", moved.At("status").GetString());
        Assert.Equal(("DISCHARGED", "TRANSFER"), (firstNow.At("node", "status").GetString(), firstNow.At("node", "dischargeReason").GetString()));
        Assert.Equal(shelter.Free - 1, (await ShelterAsync(world)).Free);
    }

    [Fact]
    public async Task Another_centre_cannot_place_its_woman_in_the_shelter_it_cannot_see_nor_a_social_worker_place_anyone_there()
    {
        var world = await SocialWorld.CreateAsync(Host);
        var shelter = await ShelterAsync(world);
        var (woman, _) = AntiViolenceTests.NewWoman(world);
        var theirCase = (await world.OtherAntiViolenceCentre.Succeed("openAntiViolenceCase", "OpenAntiViolenceCaseInput", new { person = woman }, "careCase")).At("id").GetString();

        var byOtherCentre = await world.OtherAntiViolenceCentre.Refused("placeInShelter", "PlaceInShelterInput", new { careCaseId = theirCase, moduleId = shelter.ModuleId }, "placement");
        var bySocialWorker = await world.SocialWorker.Client.QueryAsync("mutation($input: PlaceInShelterInput!) { placeInShelter(input: $input) { placement { id } } }",
            new { input = new { careCaseId = theirCase, moduleId = shelter.ModuleId } });

        Assert.Equal("NotFoundError", byOtherCentre.At("__typename").GetString());
        Assert.Equal("FORBIDDEN", bySocialWorker.At("errors")[0].At("extensions", "code").GetString());
    }

    [Fact]
    public async Task A_stay_starts_from_the_day_she_was_protected_so_backdating_tells_nothing_of_her_placements_before()
    {
        // Red team 36, F5: a backdated stay was refused only for a woman with a placement out of the centre's sight, which told the centre of it.
        var world = await SocialWorld.CreateAsync(Host);
        var shelter = await ShelterAsync(world);
        var withPastStay = await TakenAsync(world, (await AntiViolenceTests.WomanWithPastStayAsync(Host, world)).Input);
        var without = await TakenAsync(world, (await world.RegisterCodedResidentAsync(female: true)).Input);
        var registered = (await world.AntiViolenceCentre.Succeed("openAntiViolenceCase", "OpenAntiViolenceCaseInput",
            new { person = AntiViolenceTests.NewWoman(world).Input, openedOn = Day(-20) }, "careCase")).At("id").GetString();
        object StayOn(string? caseId, int day) => new { careCaseId = caseId, moduleId = shelter.ModuleId, on = Day(day) };

        var refusals = new List<string>();
        foreach (var caseId in new[] { withPastStay, without })
            refusals.Add((await world.AntiViolenceCentre.Refused("placeInShelter", "PlaceInShelterInput", StayOn(caseId, -5), "placement")).ToString());
        var fromToday = await world.AntiViolenceCentre.Succeed("placeInShelter", "PlaceInShelterInput", StayOn(withPastStay, 0), "placement", Stay);
        var backdatedNew = await world.AntiViolenceCentre.Succeed("placeInShelter", "PlaceInShelterInput", StayOn(registered, -20), "placement", Stay);

        Assert.Equal(refusals[0], refusals[1]);
        Assert.Contains("\"field\":\"on\"", refusals[0].Replace(" ", ""));
        Assert.Equal(("ADMITTED", Day(0), Day(-20)),
            (fromToday.At("status").GetString(), fromToday.At("admittedOn").GetString(), backdatedNew.At("admittedOn").GetString()));
    }

    private static string Day(int offset) => Hub.Api.Tests.FosterCare.FosterCareTests.Day(offset);

    private static async Task<string> TakenAsync(SocialWorld world, object woman) =>
        (await world.AntiViolenceCentre.Succeed("openAntiViolenceCase", "OpenAntiViolenceCaseInput", new { person = woman }, "careCase")).At("id").GetString()!;

    private static async Task<string> OpenCaseAsync(SocialWorld world) =>
        (await world.AntiViolenceCentre.Succeed("openAntiViolenceCase", "OpenAntiViolenceCaseInput", new { person = AntiViolenceTests.NewWoman(world).Input }, "careCase")).At("id").GetString()!;

    /// <summary>The centre's own shelter as the centre sees it: its ids, regional code and free places.</summary>
    private static async Task<(string StructureId, string ModuleId, string Code, int Free)> ShelterAsync(SocialWorld world)
    {
        var shelter = (await world.AntiViolenceCentre.Client.DataAsync("{ structures(where: { kind: { eq: SHELTER } }) { nodes { id regionalCode modules { id freePlaces } } } }"))
            .At("structures", "nodes")[0];
        var module = shelter.At("modules")[0];
        return (shelter.At("id").GetString()!, module.At("id").GetString()!, shelter.At("regionalCode").GetString()!, module.At("freePlaces").GetInt32());
    }
}

[Collection(CareApiCollection.Name)]
public sealed class SqliteShelterTests(HubApiFactory host) : ShelterTests(host);

[Collection(PostgresCareApiCollection.Name)]
public sealed class PostgresShelterTests(PostgresHubApiFactory host) : ShelterTests(host);
