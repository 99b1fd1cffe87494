using System.Text.Json;
using Hub.Api.Tests.Care;
using Hub.Api.Tests.Infrastructure;
using Hub.Api.Tests.SocialRecord;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Tests.Minors;

/// <summary>
/// The anti-violence pathway (issue 17): a Centro antiviolenza's case and the woman in it are seen by that
/// centre only — not by the hospital that names her codice fiscale, the comune she lives in, a provider,
/// the zone's social workers (ordinary or child-protection) or another centre; her shelter never leaves the centre.
/// </summary>
public abstract class AntiViolenceTests(HubApiHost host) : HubApiTest(host)
{
    private const string Case = "query($id: ID!) { node(id: $id) { ... on CareCase { area status person { id lastName } shelter { street } } } }";
    private const string Lookup = "query($cf: String!) { person(fiscalCode: $cf) { id } persons(where: { identifier: { eq: $cf } }) { totalCount } }";

    [Fact]
    public async Task The_centre_sees_its_case_the_woman_and_her_shelter()
    {
        var world = await SocialWorld.CreateAsync(Host);
        var (caseId, _, _) = await OpenAsync(world);

        var seen = (await world.AntiViolenceCentre.Client.DataAsync(Case, new { id = caseId })).At("node");

        Assert.Equal(("GENDER_VIOLENCE", "REFERRED", "Via Protetta 1"),
            (seen.At("area").GetString(), seen.At("status").GetString(), seen.At("shelter", "street").GetString()));
        Assert.Equal(JsonValueKind.String, seen.At("person", "lastName").ValueKind);
    }

    [Fact]
    public async Task A_hospital_a_comune_a_provider_the_zones_social_workers_and_another_centre_see_nothing_of_the_case_or_the_woman()
    {
        var world = await SocialWorld.CreateAsync(Host);
        var (caseId, personId, fiscalCode) = await OpenAsync(world);
        var blind = new[]
        {
            ("hospital", world.Hospital), ("comune", world.Desk), ("provider", world.Provider), ("social worker", world.SocialWorker),
            ("child-protection worker", world.ChildProtectionWorker), ("foster-care officer", world.FosterCareOfficer), ("ACOT", world.Acot),
            ("another centre", world.OtherAntiViolenceCentre),
        };

        foreach (var (who, caller) in blind)
        {
            var node = await caller.Client.QueryAsync("query($c: ID!, $p: ID!) { nodes(ids: [$c, $p]) { id } }", new { c = caseId, p = personId });
            var lookup = await caller.Client.QueryAsync(Lookup, new { cf = fiscalCode });
            Assert.True(node.At("data", "nodes").EnumerateArray().All(n => n.ValueKind == JsonValueKind.Null), $"{who} reached the case or the woman: {node}");
            Assert.True(lookup.At("data", "person").ValueKind == JsonValueKind.Null, $"{who} found the woman by codice fiscale: {lookup}");
            if (lookup.At("data", "persons").ValueKind != JsonValueKind.Null)
                Assert.Equal(0, lookup.At("data", "persons", "totalCount").GetInt32());
        }
        var listed = await world.SocialWorker.Client.DataAsync("{ careCases(where: { area: { eq: GENDER_VIOLENCE } }) { totalCount } }");
        Assert.Equal(0, listed.At("careCases", "totalCount").GetInt32());
    }

    [Fact]
    public async Task A_codice_fiscale_registered_to_another_identity_is_refused_to_the_centre_as_to_anyone()
    {
        var world = await SocialWorld.CreateAsync(Host);
        var adultBy = CareWorld.Today.AddYears(-18);
        var known = await world.Read(db => db.Persons.Where(p => p.Identifier.Length == 16 && p.Sex == Hub.Domain.People.Sex.Female && p.BirthDate <= adultBy && p.DeathDate == null)
            .OrderBy(p => p.Id).FirstAsync());
        var person = Identity(world, known.Identifier, "Altronome", known.LastName, known.Sex.ToString().ToUpperInvariant(), known.BirthDate, known.BirthPlaceCode);

        var error = await world.AntiViolenceCentre.Refused("openAntiViolenceCase", "OpenAntiViolenceCaseInput", new { person }, "careCase");

        Assert.Equal(("ValidationError", "fiscalCode"), (error.At("__typename").GetString(), error.At("field").GetString()));
    }

    [Fact]
    public async Task Only_an_anti_violence_operator_opens_such_a_case()
    {
        var world = await SocialWorld.CreateAsync(Host);

        var answer = await world.SocialWorker.Client.QueryAsync("mutation($input: OpenAntiViolenceCaseInput!) { openAntiViolenceCase(input: $input) { careCase { id } } }",
            new { input = new { person = NewWoman(world).Input } });

        Assert.Equal("FORBIDDEN", answer.At("errors")[0].At("extensions", "code").GetString());
    }

    private static async Task<(string CaseId, string PersonId, string FiscalCode)> OpenAsync(SocialWorld world)
    {
        var (woman, code) = NewWoman(world);
        var careCase = await world.AntiViolenceCentre.Succeed("openAntiViolenceCase", "OpenAntiViolenceCaseInput", new
        {
            person = woman, shelter = new { municipalityId = world.ComuneId, street = "Via Protetta 1", postalCode = "50100" },
        }, "careCase", "id person { id }");
        return (careCase.At("id").GetString()!, careCase.At("person", "id").GetString()!, code);
    }

    /// <summary>A woman not yet registered, resident in the world's comune, and her codice fiscale.</summary>
    internal static (object Input, string FiscalCode) NewWoman(SocialWorld world, DateOnly? birthDate = null)
    {
        var birth = birthDate ?? new DateOnly(1980, 1, 1).AddDays(Random.Shared.Next(0, 7000));
        var last = new string([.. Enumerable.Range(0, 7).Select(_ => (char)('A' + Random.Shared.Next(26)))]);
        var code = Hub.Domain.People.FiscalCode.Compose(last, "Anna", Hub.Domain.People.Sex.Female, birth, "D612").Value;
        return (Identity(world, code, "Anna", last, "FEMALE", birth, "D612"), code);
    }

    [Fact]
    public async Task A_registered_woman_taken_under_the_centres_protection_is_no_longer_reached_by_hospital_comune_provider_or_zone()
    {
        var world = await SocialWorld.CreateAsync(Host);
        var (personId, code, input) = await world.RegisterCodedResidentAsync(female: true);
        var before = await world.Desk.Client.DataAsync(Lookup, new { cf = code });

        var careCase = await world.AntiViolenceCentre.Succeed("openAntiViolenceCase", "OpenAntiViolenceCaseInput", new { person = input }, "careCase", "id person { id }");

        Assert.Equal((personId, personId), (before.At("person", "id").GetString(), careCase.At("person", "id").GetString()));
        foreach (var outsider in new[] { world.Hospital, world.Desk, world.Provider, world.SocialWorker, world.ChildProtectionWorker })
            Assert.Equal(JsonValueKind.Null, (await outsider.Client.QueryAsync(Lookup, new { cf = code })).At("data", "person").ValueKind);
        Assert.Equal(JsonValueKind.Null, (await world.SocialWorker.Client.DataAsync("query($id: ID!) { node(id: $id) { id } }", new { id = personId })).At("node").ValueKind);
    }

    [Fact]
    public async Task Registering_the_code_of_a_protected_woman_is_refused_exactly_as_that_of_anyone_out_of_reach()
    {
        var world = await SocialWorld.CreateAsync(Host);
        var (_, _, protectedWoman) = await world.RegisterCodedResidentAsync(female: true);
        await world.AntiViolenceCentre.Succeed("openAntiViolenceCase", "OpenAntiViolenceCaseInput", new { person = protectedWoman }, "careCase");
        var (_, _, resident) = await world.RegisterCodedResidentAsync();

        var aboutHer = await world.OtherZoneWorker.Refused("registerPerson", "RegisterPersonInput", protectedWoman, "person");
        var aboutAnother = await world.OtherZoneWorker.Refused("registerPerson", "RegisterPersonInput", resident, "person");
        var byAnotherCentre = await world.OtherAntiViolenceCentre.Refused("openAntiViolenceCase", "OpenAntiViolenceCaseInput", new { person = protectedWoman }, "careCase");

        Assert.Equal(aboutAnother.ToString(), aboutHer.ToString());
        Assert.Equal(aboutAnother.ToString(), byAnotherCentre.ToString());
    }

    [Fact]
    public async Task Every_refusal_of_a_registered_code_reads_as_registerPersons_taken_code_whether_followed_or_misnamed()
    {
        var world = await SocialWorld.CreateAsync(Host);
        var (followedId, _, followed) = await world.RegisterCodedResidentAsync(female: true);
        await world.SocialWorker.Succeed("openCase", "OpenCaseInput",
            new { personId = followedId, zoneId = world.ZoneId, area = "NON_SELF_SUFFICIENCY", accessChannel = "SELF" }, "careCase");
        var (_, _, unfollowed) = await world.RegisterCodedResidentAsync(female: true);
        var (_, _, otherIdentity) = await world.RegisterCodedResidentAsync(female: true);

        var aboutTaken = Shape(await world.OtherZoneWorker.Refused("registerPerson", "RegisterPersonInput", otherIdentity, "person"));
        var refusals = new[]
        {
            ("followed, exact identity", With(followed)),
            ("followed, wrong first name", With(followed, "firstName", "Altronome")),
            ("unfollowed, wrong first name", With(unfollowed, "firstName", "Altronome")),
        };

        foreach (var (what, person) in refusals)
            Assert.True(aboutTaken == Shape(await world.AntiViolenceCentre.Refused("openAntiViolenceCase", "OpenAntiViolenceCaseInput", new { person }, "careCase")), what);
        Assert.Equal(JsonValueKind.Object, (await world.SocialWorker.Client.DataAsync("query($id: ID!) { node(id: $id) { id } }", new { id = followedId })).At("node").ValueKind);
        Assert.Equal(0, await world.Read(db => db.Persons.CountAsync(p => p.ProtectingCentreId != null && p.Id == CareWorld.Key(followedId))));
    }

    [Fact]
    public async Task A_man_is_refused_on_his_sex_whether_registered_already_or_new_and_is_not_taken()
    {
        var world = await SocialWorld.CreateAsync(Host);
        // Red team 35, F1: an elderly man with a closed case, nothing in course, was taken and his record returned.
        var (manId, _, man) = await world.RegisterCodedResidentAsync(birthDate: new DateOnly(1941, 1, 16));
        var caseId = (await world.SocialWorker.Succeed("openCase", "OpenCaseInput",
            new { personId = manId, zoneId = world.ZoneId, area = "NON_SELF_SUFFICIENCY", accessChannel = "SELF" }, "careCase")).At("id").GetString();
        await world.SocialWorker.Succeed("closeCase", "CloseCaseInput", new { careCaseId = caseId, reason = "GOALS_MET" }, "careCase");
        var birth = new DateOnly(1975, 4, 5);
        var newCode = Hub.Domain.People.FiscalCode.Compose("NUOVOUOMO", "Marco", Hub.Domain.People.Sex.Male, birth, "D612").Value;

        var registered = await world.AntiViolenceCentre.Refused("openAntiViolenceCase", "OpenAntiViolenceCaseInput", new { person = man }, "careCase");
        var fresh = await world.AntiViolenceCentre.Refused("openAntiViolenceCase", "OpenAntiViolenceCaseInput",
            new { person = Identity(world, newCode, "Marco", "Nuovouomo", "MALE", birth, "D612") }, "careCase");

        Assert.Equal(registered.ToString(), fresh.ToString());
        Assert.Equal(("ValidationError", "sex"), (registered.At("__typename").GetString(), registered.At("field").GetString()));
        Assert.Contains("women", registered.At("message").GetString());
        Assert.Equal(0, await world.Read(db => db.Persons.IgnoreQueryFilters().CountAsync(p => p.Identifier == newCode || p.Id == CareWorld.Key(manId) && p.ProtectingCentreId != null)));
    }

    [Fact]
    public async Task A_woman_resident_in_another_zone_is_taken_by_the_centre_she_turns_to()
    {
        var world = await SocialWorld.CreateAsync(Host);
        var (woman, _) = NewWoman(world);
        var elsewhere = With(woman, "residence", new { municipalityId = world.ForeignComuneId, street = "Via Lontana 3", postalCode = "56100" });

        var careCase = await world.AntiViolenceCentre.Succeed("openAntiViolenceCase", "OpenAntiViolenceCaseInput", new { person = elsewhere }, "careCase", "area");

        Assert.Equal("GENDER_VIOLENCE", careCase.At("area").GetString());
    }

    [Fact]
    public async Task A_minor_is_refused_on_her_birth_date_whether_registered_already_or_new()
    {
        var world = await SocialWorld.CreateAsync(Host);
        var (_, _, minor) = await world.RegisterCodedResidentAsync(birthDate: CareWorld.Today.AddYears(-15), female: true);
        var (girl, _) = NewWoman(world, CareWorld.Today.AddYears(-15));

        var registered = await world.AntiViolenceCentre.Refused("openAntiViolenceCase", "OpenAntiViolenceCaseInput", new { person = minor }, "careCase");
        var fresh = await world.AntiViolenceCentre.Refused("openAntiViolenceCase", "OpenAntiViolenceCaseInput", new { person = girl }, "careCase");

        Assert.Equal(("ValidationError", "birthDate"), (registered.At("__typename").GetString(), registered.At("field").GetString()));
        Assert.Equal(registered.ToString(), fresh.ToString());
    }

    [Fact]
    public async Task A_mother_whose_household_holds_a_child_in_an_open_child_protection_case_is_not_taken_and_child_protection_keeps_seeing_her()
    {
        var world = await SocialWorld.CreateAsync(Host);
        var (motherId, _, mother) = await world.RegisterCodedResidentAsync(birthDate: new DateOnly(1986, 3, 4), female: true);
        var child = await ChildProtectionTests.RegisterAsync(world, age: 8);
        var household = await world.SocialWorker.Succeed("createHousehold", "CreateHouseholdInput", new { headPersonId = motherId }, "household", "id version");
        await world.SocialWorker.Succeed("addHouseholdMember", "AddHouseholdMemberInput", new
        {
            householdId = household.At("id").GetString(), personId = child, relationship = "CHILD", expectedVersion = household.At("version").GetInt64(),
        }, "household");
        // No parental responsibility recorded yet: the household alone ties her to the child's case.
        await world.ChildProtectionWorker.Succeed("openChildProtectionCase", "OpenChildProtectionCaseInput",
            new { personId = child, zoneId = world.ZoneId, reportedOn = CareWorld.Today.ToString("yyyy-MM-dd"), source = "SCHOOL" }, "careCase");

        var refused = await world.AntiViolenceCentre.Refused("openAntiViolenceCase", "OpenAntiViolenceCaseInput", new { person = mother }, "careCase");
        var misnamed = await world.AntiViolenceCentre.Refused("openAntiViolenceCase", "OpenAntiViolenceCaseInput", new { person = With(mother, "firstName", "Robertina") }, "careCase");
        var seen = await world.ChildProtectionWorker.Client.DataAsync("query($id: ID!) { node(id: $id) { id } }", new { id = motherId });

        // Red team 35, F2: "followed" and "wrong name" were two messages, an oracle of the registered name and of the household's case.
        Assert.Equal(Shape(misnamed), Shape(refused));
        Assert.Equal(motherId, seen.At("node", "id").GetString());
        Assert.Equal(0, await world.Read(db => db.Persons.CountAsync(p => p.Id == CareWorld.Key(motherId) && p.ProtectingCentreId != null)));
    }

    [Fact]
    public async Task Whether_another_service_follows_a_registered_woman_is_asked_in_one_statement()
    {
        var world = await SocialWorld.CreateAsync(Host);
        var (_, _, woman) = await world.RegisterCodedResidentAsync(female: true);

        Host.Statements.Reset();
        await world.AntiViolenceCentre.Succeed("openAntiViolenceCase", "OpenAntiViolenceCaseInput", new { person = woman }, "careCase");
        var asked = Host.Statements.Texts.Where(t => t.Contains("ParentalResponsibilit", StringComparison.OrdinalIgnoreCase)
            || t.Contains("FosterFamil", StringComparison.OrdinalIgnoreCase) || t.Contains("DischargeRequest", StringComparison.OrdinalIgnoreCase)).ToList();

        // Asked before the save and again in its transaction with her row locked (ProtectionRace): the same one statement both times.
        Assert.Equal(2, asked.Count);
        var statement = Assert.Single(asked.Distinct());
        Assert.All(new[] { "CareCases", "Placements", "AccessRequests", "FamilyCenterReferrals", "HouseholdMembers" },
            table => Assert.Contains(table, statement, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_centre_registers_no_minor_as_a_new_woman_either()
    {
        var world = await SocialWorld.CreateAsync(Host);
        var (girl, code) = NewWoman(world, CareWorld.Today.AddYears(-16));

        var refused = await world.AntiViolenceCentre.Refused("openAntiViolenceCase", "OpenAntiViolenceCaseInput", new { person = girl }, "careCase");

        Assert.Equal("ValidationError", refused.At("__typename").GetString());
        Assert.Equal(0, await world.Read(db => db.Persons.IgnoreQueryFilters().CountAsync(p => p.Identifier == code)));
    }

    [Fact]
    public async Task A_foster_mother_or_a_mother_holding_parental_responsibility_is_not_taken_by_a_centre()
    {
        var world = await SocialWorld.CreateAsync(Host);
        var (fosterId, fosterCode, foster) = await world.RegisterCodedResidentAsync(birthDate: new DateOnly(1982, 5, 1), female: true);
        var (_, partnerCode, _) = await world.RegisterCodedResidentAsync(birthDate: new DateOnly(1981, 5, 1));
        await world.FosterCareOfficer.Succeed("registerFosterFamily", "RegisterFosterFamilyInput", new
        {
            zoneId = world.ZoneId, parentFiscalCodes = new[] { fosterCode, partnerCode },
            availability = new { fullTime = true, partTime = false, residential = true, daytime = true, minAge = 0, maxAge = 12, places = 1 },
        }, "fosterFamily");
        var (motherId, _, mother) = await world.RegisterCodedResidentAsync(birthDate: new DateOnly(1985, 5, 1), female: true);
        var child = await ChildProtectionTests.RegisterAsync(world, age: 7);
        var careCase = await world.ChildProtectionWorker.Succeed("openChildProtectionCase", "OpenChildProtectionCaseInput",
            new { personId = child, zoneId = world.ZoneId, reportedOn = CareWorld.Today.ToString("yyyy-MM-dd"), source = "FAMILY" }, "careCase", "id version");
        await world.ChildProtectionWorker.Succeed("recordParentalResponsibility", "RecordParentalResponsibilityInput",
            new { careCaseId = careCase.At("id").GetString(), holderId = motherId, role = "PARENT", expectedVersion = careCase.At("version").GetInt64() }, "careCase");
        // The child's case closed: the responsibility stays hers, and so does her place in the child's record.
        await world.ChildProtectionWorker.Succeed("cancelCase", "CaseActionInput", new { careCaseId = careCase.At("id").GetString() }, "careCase");

        var aboutFoster = await world.AntiViolenceCentre.Refused("openAntiViolenceCase", "OpenAntiViolenceCaseInput", new { person = foster }, "careCase");
        var aboutMother = await world.AntiViolenceCentre.Refused("openAntiViolenceCase", "OpenAntiViolenceCaseInput", new { person = mother }, "careCase");

        Assert.Equal(("ValidationError", "fiscalCode", "ValidationError", "fiscalCode"), (aboutFoster.At("__typename").GetString(), aboutFoster.At("field").GetString(),
            aboutMother.At("__typename").GetString(), aboutMother.At("field").GetString()));
        Assert.Equal(0, await world.Read(db => db.Persons.CountAsync(p => (p.Id == CareWorld.Key(fosterId) || p.Id == CareWorld.Key(motherId)) && p.ProtectingCentreId != null)));
    }

    [Fact]
    public async Task Her_closed_case_is_sealed_when_a_centre_protects_her_so_neither_its_zone_nor_its_team_sees_or_reopens_it()
    {
        // Red team 36, F3: her earlier case stayed in the zone's lists with person null, and reopenCase gave the zone a live case of hers.
        var world = await SocialWorld.CreateAsync(Host);
        var (womanId, _, woman) = await world.RegisterCodedResidentAsync(female: true);
        var caseId = (await world.SocialWorker.Succeed("openCase", "OpenCaseInput",
            new { personId = womanId, zoneId = world.ZoneId, area = "NON_SELF_SUFFICIENCY", accessChannel = "SELF" }, "careCase")).At("id").GetString()!;
        await world.SocialWorker.Succeed("addCaseTeamMember", "AddCaseTeamMemberInput",
            new { careCaseId = caseId, staffMemberId = world.OtherZoneWorkerId, role = "SOCIAL_WORKER" }, "careCase");
        await world.SocialWorker.Succeed("closeCase", "CloseCaseInput", new { careCaseId = caseId, reason = "GOALS_MET" }, "careCase");

        await world.AntiViolenceCentre.Succeed("openAntiViolenceCase", "OpenAntiViolenceCaseInput", new { person = woman }, "careCase");
        const string Reach = "query($c: ID!, $p: ID!, $cases: [ID!]) { nodes(ids: [$c, $p]) { id } careCases(where: { id: { in: $cases } }) { totalCount } }";
        var byTeam = await world.OtherZoneWorker.Client.DataAsync(Reach, new { c = caseId, p = womanId, cases = new[] { caseId } });
        var byZone = await world.SocialWorker.Client.DataAsync(Reach, new { c = caseId, p = womanId, cases = new[] { caseId } });
        var reopen = await world.SocialWorker.Refused("reopenCase", "ReopenCaseInput", new { careCaseId = caseId, reason = "Nuova segnalazione" }, "careCase");

        foreach (var reached in new[] { byTeam, byZone })
        {
            Assert.All(reached.At("nodes").EnumerateArray(), node => Assert.Equal(JsonValueKind.Null, node.ValueKind));
            Assert.Equal(0, reached.At("careCases", "totalCount").GetInt32());
        }
        Assert.Equal("NotFoundError", reopen.At("__typename").GetString());
        var stored = await world.Read(db => db.CareCases.IgnoreQueryFilters().Where(c => c.Id == CareWorld.Key(caseId)).Select(c => new { c.Status, c.SealedOn }).SingleAsync());
        Assert.Equal((Hub.Domain.Care.CareCaseStatus.Closed, (DateOnly?)CareWorld.Today), (stored.Status, stored.SealedOn));
    }

    [Fact]
    public async Task The_centre_names_its_cases_manager_and_team_keeps_its_diary_and_closes_it_but_neither_it_nor_its_team_moves_it_to_a_zone()
    {
        // New user 37: "the case team it names" (issue 17) had no mutation the centre could call, nor a diary.
        var world = await SocialWorld.CreateAsync(Host);
        var (caseId, _, _) = await OpenAsync(world);
        var centre = world.AntiViolenceCentre;

        var managed = await centre.Succeed("assignCaseManager", "AssignCaseManagerInput", new { careCaseId = caseId, staffMemberId = world.AntiViolenceCentreStaffId }, "careCase", "caseManager { id }");
        await centre.Succeed("addCaseTeamMember", "AddCaseTeamMemberInput", new { careCaseId = caseId, staffMemberId = world.SocialWorkerId, role = "SOCIAL_WORKER" }, "careCase");
        var entry = await centre.Succeed("addDiaryEntry", "AddDiaryEntryInput",
            new { careCaseId = caseId, kind = "INTERVIEW", participants = Array.Empty<string>(), text = "Colloquio di accoglienza.", sensitivity = "SOCIAL" }, "diaryEntry", "author { id }");
        var seenByTeam = await world.SocialWorker.Client.DataAsync("query($id: ID!) { node(id: $id) { id } }", new { id = caseId });
        var refused = new[]
        {
            await centre.Refused("transferCase", "TransferCaseInput", new { careCaseId = caseId, toZoneId = world.OtherZoneId, reason = "Trasferimento" }, "careCase"),
            await world.SocialWorker.Refused("transferCase", "TransferCaseInput", new { careCaseId = caseId, toZoneId = world.OtherZoneId, reason = "Trasferimento" }, "careCase"),
            await world.SocialWorker.Refused("closeCase", "CloseCaseInput", new { careCaseId = caseId, reason = "GOALS_MET" }, "careCase"),
            await world.SocialWorker.Refused("addCaseTeamMember", "AddCaseTeamMemberInput", new { careCaseId = caseId, staffMemberId = world.OtherZoneWorkerId, role = "EDUCATOR" }, "careCase"),
        };
        var closed = await centre.Succeed("closeCase", "CloseCaseInput", new { careCaseId = caseId, reason = "GOALS_MET" }, "careCase", "status");

        Assert.Equal((world.AntiViolenceCentreStaffId, world.AntiViolenceCentreStaffId), (managed.At("caseManager", "id").GetString(), entry.At("author", "id").GetString()));
        Assert.Equal(caseId, seenByTeam.At("node", "id").GetString());
        Assert.Equal(("ValidationError", "ValidationError", "ForbiddenError", "ForbiddenError"), (refused[0].At("__typename").GetString(), refused[1].At("__typename").GetString(),
            refused[2].At("__typename").GetString(), refused[3].At("__typename").GetString()));
        Assert.Equal("CLOSED", closed.At("status").GetString());
    }

    [Fact]
    public async Task A_zone_opening_a_case_and_a_centre_taking_the_woman_at_once_never_both_succeed()
    {
        // Red team 38, F1: both checks passed before either saved, leaving a live zone case of a woman only her centre may reach.
        var world = await SocialWorld.CreateAsync(Host);
        var women = new List<(string Id, object Input)>();
        for (var i = 0; i < 4; i++)
        {
            var (id, _, input) = await world.RegisterCodedResidentAsync(female: true);
            women.Add((id, input));
        }

        var outcomes = await Task.WhenAll(women.Select(async woman =>
        {
            var zone = world.SocialWorker.Mutate("openCase", "OpenCaseInput",
                new { personId = woman.Id, zoneId = world.ZoneId, area = "NON_SELF_SUFFICIENCY", accessChannel = "SELF" }, "careCase { id }");
            var centre = world.AntiViolenceCentre.Mutate("openAntiViolenceCase", "OpenAntiViolenceCaseInput", new { person = woman.Input }, "careCase { id }");
            var (zoneAnswer, centreAnswer) = (await zone, await centre);
            return (Zone: zoneAnswer.At("errors").GetArrayLength() == 0, Centre: centreAnswer.At("errors").GetArrayLength() == 0);
        }));
        var keys = women.Select(w => CareWorld.Key(w.Id)).ToList();
        var liveZoneCasesOfProtected = await world.Read(db => db.CareCases.IgnoreQueryFilters()
            .CountAsync(c => keys.Contains(c.PersonId) && c.CentreId == null && c.SealedOn == null
                && db.Persons.IgnoreQueryFilters().Any(p => p.Id == c.PersonId && p.ProtectingCentreId != null)));

        Assert.All(outcomes, outcome => Assert.False(outcome.Zone && outcome.Centre, "both the zone's case and the centre's take-over succeeded"));
        Assert.Equal(0, liveZoneCasesOfProtected);
    }

    [Fact]
    public async Task A_past_host_no_longer_reaches_the_assessment_of_a_woman_a_centre_protects()
    {
        // Red team 37, F3: a provider's guest list reached her assessments whatever her protection.
        var world = await SocialWorld.CreateAsync(Host);
        var (care, assessmentId, woman) = await WomanWithPastStayAsync(Host, world);
        const string Node = "query($id: ID!) { node(id: $id) { id } }";
        var before = await care.Provider.Client.DataAsync(Node, new { id = assessmentId });

        await world.AntiViolenceCentre.Succeed("openAntiViolenceCase", "OpenAntiViolenceCaseInput", new { person = woman }, "careCase");
        var after = await care.Provider.Client.DataAsync(Node, new { id = assessmentId });

        Assert.Equal(assessmentId, before.At("node", "id").GetString());
        Assert.Equal(JsonValueKind.Null, after.At("node").ValueKind);
    }

    [Fact]
    public async Task Case_figures_do_not_move_when_a_centre_opens_a_case_or_takes_a_woman_whose_case_its_zone_closed()
    {
        // Red team 37, F1: caseCounts counted the centres' cases, so a GENDER_VIOLENCE row appeared with a centre's first case.
        var world = await SocialWorld.CreateAsync(Host);
        var (womanId, _, woman) = await world.RegisterCodedResidentAsync(female: true);
        var caseId = (await world.SocialWorker.Succeed("openCase", "OpenCaseInput",
            new { personId = womanId, zoneId = world.ZoneId, area = "NON_SELF_SUFFICIENCY", accessChannel = "SELF" }, "careCase")).At("id").GetString();
        await world.SocialWorker.Succeed("closeCase", "CloseCaseInput", new { careCaseId = caseId, reason = "GOALS_MET" }, "careCase");
        var analyst = Host.CreateClient(TestCallers.Analyst);
        const string Figures = "{ caseCounts { zone { id } status area count suppressed } }";
        var before = await analyst.DataAsync(Figures);

        await world.AntiViolenceCentre.Succeed("openAntiViolenceCase", "OpenAntiViolenceCaseInput", new { person = woman }, "careCase");
        await world.AntiViolenceCentre.Succeed("openAntiViolenceCase", "OpenAntiViolenceCaseInput", new { person = NewWoman(world).Input }, "careCase");
        var after = await analyst.DataAsync(Figures);

        Assert.Equal(before.ToString(), after.ToString());
        Assert.DoesNotContain(after.At("caseCounts").EnumerateArray(), row => row.At("area").GetString() == "GENDER_VIOLENCE");
    }

    [Fact]
    public async Task A_case_dated_before_its_person_was_born_or_a_centres_case_before_she_came_of_age_is_refused_and_writes_nothing()
    {
        // Red team 37, F2: a centre's case opened in 1950 for a woman born in 1990, and her shelter stay from 1960, were accepted.
        var world = await SocialWorld.CreateAsync(Host);
        var (personId, _, _) = await world.RegisterCodedResidentAsync(birthDate: new DateOnly(1990, 5, 1));
        var (woman, code) = NewWoman(world, new DateOnly(1990, 5, 1));

        var zoneCase = await world.SocialWorker.Refused("openCase", "OpenCaseInput",
            new { personId, zoneId = world.ZoneId, area = "NON_SELF_SUFFICIENCY", accessChannel = "SELF", openedOn = "1990-04-30" }, "careCase");
        var centreCase = await world.AntiViolenceCentre.Refused("openAntiViolenceCase", "OpenAntiViolenceCaseInput",
            new { person = woman, openedOn = "2008-04-30" }, "careCase");

        Assert.Equal(("ValidationError", "openedOn"), (zoneCase.At("__typename").GetString(), zoneCase.At("field").GetString()));
        Assert.Equal(("ValidationError", "openedOn"), (centreCase.At("__typename").GetString(), centreCase.At("field").GetString()));
        Assert.Equal(0, await world.Read(db => db.Persons.IgnoreQueryFilters().CountAsync(p => p.Identifier == code)));
    }

    /// <summary>
    /// A woman of a new care world's zone who stayed in its RSA until ten days ago, assessed for it, her case then closed: that world (its provider
    /// hosted her), her assessment's global id, and the input that names her to a centre of <paramref name="world"/>.
    /// </summary>
    internal static async Task<(CareWorld Care, string AssessmentId, object Input)> WomanWithPastStayAsync(HubApiHost host, SocialWorld world)
    {
        var care = await CareWorld.CreateAsync(host);
        var (caseId, _, interventionId, personId) = await care.ActivePlanAsync();
        await care.DischargedStayAsync(interventionId, requestedOn: -40, admittedOn: -30, endedOn: -10);
        await care.Read(db => db.CareCases.Where(c => c.Id == CareWorld.Key(caseId))
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.Status, Hub.Domain.Care.CareCaseStatus.Closed).SetProperty(c => c.ClosedOn, CareWorld.Today.AddDays(-9))));
        var assessment = await care.Read(db => db.Assessments.Where(a => a.CareCaseId == CareWorld.Key(caseId)).Select(a => a.Id).SingleAsync());
        var p = await care.Read(db => db.Persons.SingleAsync(x => x.Id == CareWorld.Key(personId)));
        return (care, Hub.Api.GraphQL.Relay.GlobalId.Encode("Assessment", assessment), new
        {
            fiscalCode = p.Identifier, firstName = p.FirstName, lastName = p.LastName, sex = "FEMALE", birthDate = p.BirthDate.ToString("yyyy-MM-dd"), birthPlaceCode = p.BirthPlaceCode,
            residence = new { municipalityId = world.ComuneId, street = "Via Roma 9", postalCode = "50100" },
        });
    }

    // The refusal without the code it names.
    private static string Shape(JsonElement error) => System.Text.RegularExpressions.Regex.Replace(error.ToString(), "[A-Z]{6}[0-9]{2}[A-Z][0-9]{2}[A-Z][0-9]{3}[A-Z]", "CF");

    // The input with one field changed.
    private static System.Text.Json.Nodes.JsonObject With(object input, string? field = null, object? value = null)
    {
        var node = JsonSerializer.SerializeToNode(input)!.AsObject();
        if (field is not null)
            node[field] = JsonSerializer.SerializeToNode(value);
        return node;
    }

    private static object Identity(SocialWorld world, string code, string first, string last, string sex, DateOnly birth, string birthPlace) => new
    {
        fiscalCode = code, firstName = first, lastName = last, sex, birthDate = birth.ToString("yyyy-MM-dd"), birthPlaceCode = birthPlace,
        residence = new { municipalityId = world.ComuneId, street = "Via Roma 9", postalCode = "50100" },
    };
}

[Collection(CareApiCollection.Name)]
public sealed class SqliteAntiViolenceTests(HubApiFactory host) : AntiViolenceTests(host);

[Collection(PostgresCareApiCollection.Name)]
public sealed class PostgresAntiViolenceTests(PostgresHubApiFactory host) : AntiViolenceTests(host);
