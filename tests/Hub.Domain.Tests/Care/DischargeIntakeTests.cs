using Hub.Domain.Access;
using Hub.Domain.Care;
using Hub.Domain.Common;
using Hub.Domain.Organizations;
using Hub.Domain.People;
using Hub.Domain.Services;
using Hub.Domain.Territory;
using Hub.Domain.Tests.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Hub.Domain.Tests.Care;

/// <summary>Protected-discharge intake across aggregates, in a real database: hospital, admission, residence zone, case.</summary>
public abstract class DischargeIntakeTests(IDatabaseFixture fixture) : DatabaseTest(fixture)
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    [Fact]
    public async Task A_request_is_filed_for_the_zone_of_the_patients_residence()
    {
        var world = await ArrangeAsync();
        await using var db = NewContext();

        var request = await new DischargeIntake(db).FileAsync(world.Hospital, world.Patient, Filing("2026/001"), Today, Token);
        await db.SaveChangesAsync(Token);

        Assert.Equal((world.Territory.Zone.Id, world.Hospital.Id, world.Patient.Id, Today), (request.ZoneId, request.HospitalOrganizationId, request.PersonId, request.SubmittedOn));
        Assert.Equal(1, await db.DischargeRequests.CountAsync(Token));
    }

    [Fact]
    public async Task A_hospital_files_one_request_per_admission()
    {
        var world = await ArrangeAsync();
        await using var db = NewContext();
        var intake = new DischargeIntake(db);
        await intake.FileAsync(world.Hospital, world.Patient, Filing("2026/001"), Today, Token);
        await db.SaveChangesAsync(Token);

        var error = await Assert.ThrowsAsync<DomainValidationException>(() => intake.FileAsync(world.Hospital, world.Patient, Filing(" 2026/001 "), Today, Token));

        Assert.Equal(nameof(DischargeRequest.AdmissionReference), error.Field);
    }

    [Fact]
    public async Task Only_a_hospital_files_requests()
    {
        var world = await ArrangeAsync();
        await using var db = NewContext();

        var error = await Assert.ThrowsAsync<DomainValidationException>(() =>
            new DischargeIntake(db).FileAsync(SampleData.NewProvider(), world.Patient, Filing("2026/001"), Today, Token));

        Assert.Equal("HospitalId", error.Field);
    }

    [Fact]
    public async Task A_ward_files_for_its_own_hospital_only()
    {
        var world = await ArrangeAsync();
        await using var db = NewContextAs(Caller.FromClaims("ward", Guid.NewGuid().ToString(), "HOSPITAL", ["discharge-planner"], [], []));

        await Assert.ThrowsAsync<ForbiddenException>(() => new DischargeIntake(db).FileAsync(world.Hospital, world.Patient, Filing("2026/001"), Today, Token));
    }

    [Fact]
    public async Task A_patient_whose_comune_belongs_to_no_zone_is_refused()
    {
        var world = await ArrangeAsync();
        await using var db = NewContext();
        var elsewhere = new Municipality("100005", "G999", "Altrove", new Province("100", "Prato", "PO"), 1000);
        db.Municipalities.Add(elsewhere);
        var patient = world.Patient;
        patient.MoveResidence(new Address(elsewhere.Id, "Via Nuova 1", "59100"));

        var error = await Assert.ThrowsAsync<DomainValidationException>(() => new DischargeIntake(db).FileAsync(world.Hospital, patient, Filing("2026/001"), Today, Token));

        Assert.Equal("PersonId", error.Field);
    }

    [Fact]
    public async Task Acknowledging_without_a_case_opens_one_in_the_requests_zone()
    {
        var world = await ArrangeAsync();
        await using var db = NewContext();
        var intake = new DischargeIntake(db);
        var request = await intake.FileAsync(world.Hospital, world.Patient, Filing("2026/001"), Today, Token);

        intake.Acknowledge(request, null, null, Today);
        await db.SaveChangesAsync(Token);

        var opened = await db.CareCases.SingleAsync(c => c.Id == request.CareCaseId, Token);
        Assert.Equal((world.Patient.Id, world.Territory.Zone.Id, ServiceArea.NonSelfSufficiency, AccessChannel.Hospital, Today),
            (opened.PersonId, opened.ZoneId, opened.Area, opened.AccessChannel, opened.OpenedOn));
        Assert.Equal(DischargeRequestStatus.Acknowledged, request.Status);
    }

    [Fact]
    public async Task Acknowledging_with_the_patients_case_links_it_and_opens_none()
    {
        var world = await ArrangeAsync();
        await using var db = NewContext();
        var intake = new DischargeIntake(db);
        var request = await intake.FileAsync(world.Hospital, world.Patient, Filing("2026/001"), Today, Token);
        var existing = new CareCase(world.Patient.Id, world.Territory.Zone.Id, ServiceArea.Disability, AccessChannel.Self, Today, Today);
        db.CareCases.Add(existing);

        intake.Acknowledge(request, existing, null, Today);
        await db.SaveChangesAsync(Token);

        Assert.Equal(existing.Id, request.CareCaseId);
        Assert.Equal(1, await db.CareCases.CountAsync(Token));
    }

    private static DischargeFiling Filing(string admissionReference) =>
        new(new HospitalStay("Medicina interna", admissionReference), Today.AddDays(5), "Non deambula da solo.", DischargeSetting.HomeWithCare, ["letto articolato"]);

    private sealed record IntakeWorld(SampleTerritory Territory, Organization Hospital, Person Patient);

    private async Task<IntakeWorld> ArrangeAsync()
    {
        await using var db = NewContext();
        var territory = SampleData.AddTerritory(db);
        var hospital = SampleData.NewHospital(territory);
        var patient = SampleData.NewPerson(territory);
        db.AddRange(hospital, patient);
        await db.SaveChangesAsync(Token);
        return new IntakeWorld(territory, hospital, patient);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteDischargeIntakeTests(SqliteDatabaseFixture fixture) : DischargeIntakeTests(fixture);

[Collection(PostgresCollection.Name)]
public sealed class PostgresDischargeIntakeTests(PostgresDatabaseFixture fixture) : DischargeIntakeTests(fixture);
