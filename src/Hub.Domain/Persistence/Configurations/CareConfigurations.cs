using Hub.Domain.Care;
using Hub.Domain.Organizations;
using Hub.Domain.People;
using Hub.Domain.Services;
using Hub.Domain.Structures;
using Hub.Domain.Territory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Domain.Persistence.Configurations;

internal sealed class CareCaseConfiguration : AuditableConfiguration<CareCase>
{
    protected override void ConfigureEntity(EntityTypeBuilder<CareCase> builder)
    {
        builder.Property(c => c.Notes).IsLongText();
        builder.Ignore(c => c.IsOpen);
        builder.HasOne<Person>().WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Zone>().WithMany().HasForeignKey(c => c.ZoneId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(c => c.CaseManagerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.ZoneId, c.Status });
        builder.HasIndex(c => new { c.PersonId, c.Status });
        builder.HasIndex(c => c.CaseManagerId);
        builder.HasOne<Organization>().WithMany().HasForeignKey(c => c.CentreId).OnDelete(DeleteBehavior.Restrict);
        // Partial, as the person's: only a centre's own cases carry it.
        builder.HasIndex(c => c.CentreId).HasFilter("\"CentreId\" IS NOT NULL");
        builder.HasMany(c => c.History).WithOne().HasForeignKey(t => t.CareCaseId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.History).HasField("history");
        // The team is part of the case, owned, so the case's row scope can read it without a scope of its own (no cycle).
        builder.OwnsMany(c => c.Team, t =>
        {
            t.ToTable("CaseTeamMembers");
            t.WithOwner().HasForeignKey("CareCaseId");
            t.HasKey(m => m.Id);
            t.Property(m => m.Id).ValueGeneratedNever();
            t.HasOne<StaffMember>().WithMany().HasForeignKey(m => m.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
            // The case scope asks "is this caller on the team today" per case.
            t.HasIndex(m => m.StaffMemberId);
        });
        builder.Navigation(c => c.Team).HasField("team");
        builder.OwnsOne(c => c.Transfer, t =>
        {
            t.Property(x => x.FromZoneId).HasColumnName("TransferFromZoneId");
            t.Property(x => x.ToZoneId).HasColumnName("TransferToZoneId");
            t.Property(x => x.ToCaseManagerId).HasColumnName("TransferToCaseManagerId");
            t.Property(x => x.Reason).HasColumnName("TransferReason").HasMaxLength(2000);
            t.Property(x => x.RequestedOn).HasColumnName("TransferRequestedOn");
            t.HasOne<Zone>().WithMany().HasForeignKey(x => x.ToZoneId).OnDelete(DeleteBehavior.Restrict);
            t.HasIndex(x => x.ToZoneId);
        });
    }
}

internal sealed class PlanReviewConfiguration : AuditableConfiguration<PlanReview>
{
    protected override void ConfigureEntity(EntityTypeBuilder<PlanReview> builder)
    {
        builder.Property(r => r.Notes).HasMaxLength(4000);
        builder.OwnsMany(r => r.Goals, g => g.ToJson());
        builder.Navigation(r => r.Goals).HasField("goals");
        builder.HasOne<CarePlan>().WithMany().HasForeignKey(r => r.CarePlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CareCase>().WithMany().HasForeignKey(r => r.CareCaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(r => r.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.CarePlanId, r.ReviewedOn });
    }
}

internal sealed class CaseTransitionConfiguration : AuditableConfiguration<CaseTransition>
{
    protected override void ConfigureEntity(EntityTypeBuilder<CaseTransition> builder)
    {
        builder.Property(t => t.Reason).HasMaxLength(2000);
        builder.HasIndex(t => new { t.CareCaseId, t.CreatedAt });
    }
}

internal sealed class AssessmentConfiguration : AuditableConfiguration<Assessment>
{
    protected override void ConfigureEntity(EntityTypeBuilder<Assessment> builder)
    {
        builder.Property(a => a.Instrument).HasMaxLength(50);
        builder.Property(a => a.RulesetVersion).HasMaxLength(30);
        // The default fills the rows recorded before the UVM for minors; the sentinel makes every insert state its subject.
        builder.Property(a => a.Subject).HasDefaultValue(AssessmentSubject.Person).HasSentinel((AssessmentSubject)(-1));
        builder.HasOne<CareCase>().WithMany().HasForeignKey(a => a.CareCaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.CareCaseId, a.AssessedOn });
        builder.HasIndex(a => a.PersonId);
        builder.OwnsMany(a => a.Scores, s =>
        {
            s.ToTable("AssessmentScores");
            s.WithOwner().HasForeignKey("AssessmentId");
            s.Property<int>("Id");
            s.HasKey("Id");
            s.Property(x => x.Domain).HasMaxLength(50);
            s.Property(x => x.Score).HasPrecision(8, 2);
        });
        builder.Navigation(a => a.Scores).HasField("scores");
        builder.HasMany(a => a.Members).WithMany().UsingEntity("AssessmentMembers",
            l => l.HasOne(typeof(StaffMember)).WithMany().HasForeignKey("StaffMemberId").OnDelete(DeleteBehavior.Restrict),
            r => r.HasOne(typeof(Assessment)).WithMany().HasForeignKey("AssessmentId").OnDelete(DeleteBehavior.Cascade));
        builder.Navigation(a => a.Members).HasField("members");
    }
}

internal sealed class CarePlanConfiguration : AuditableConfiguration<CarePlan>
{
    protected override void ConfigureEntity(EntityTypeBuilder<CarePlan> builder)
    {
        builder.Property(p => p.Goals).IsLongText();
        builder.Property(p => p.SignedBy).HasMaxLength(100);
        builder.HasOne<CareCase>().WithMany().HasForeignKey(p => p.CareCaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(p => p.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Assessment>().WithMany().HasForeignKey(p => p.AssessmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CarePlan>().WithMany().HasForeignKey(p => p.PreviousPlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Interventions).WithOne().HasForeignKey(i => i.CarePlanId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Interventions).HasField("interventions");
        builder.HasIndex(p => new { p.CareCaseId, p.Revision }).IsUnique();
        builder.HasIndex(p => new { p.PersonId, p.Status });
    }
}

internal sealed class InterventionConfiguration : AuditableConfiguration<Intervention>
{
    protected override void ConfigureEntity(EntityTypeBuilder<Intervention> builder)
    {
        builder.Property(i => i.WeeklyHours).HasPrecision(5, 2);
        builder.Ignore(i => i.Details);
        builder.Ignore(i => i.IsResidential);
        builder.HasOne<Service>().WithMany().HasForeignKey(i => i.ServiceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organization>().WithMany().HasForeignKey(i => i.ProviderOrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.ComplexProperty(i => i.Shares, s =>
        {
            s.Property(x => x.Health).HasColumnName("HealthShare");
            s.Property(x => x.Social).HasColumnName("SocialShare");
            s.Property(x => x.User).HasColumnName("UserShare");
            s.Property(x => x.Municipality).HasColumnName("MunicipalityShare");
            s.Ignore(x => x.Total);
        });
        builder.HasIndex(i => new { i.CarePlanId, i.Kind });
    }
}

internal sealed class PlacementConfiguration : AuditableConfiguration<Placement>
{
    protected override void ConfigureEntity(EntityTypeBuilder<Placement> builder)
    {
        builder.Property(p => p.EndNote).HasMaxLength(2000);
        builder.Ignore(p => p.HoldsPlace);
        builder.HasOne<Intervention>().WithMany().HasForeignKey(p => p.InterventionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(p => p.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Structure>().WithMany().HasForeignKey(p => p.StructureId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StructureModule>().WithMany().HasForeignKey(p => p.ModuleId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.StructureId, p.Status });
        builder.HasIndex(p => new { p.ModuleId, p.Status, p.Priority });
        builder.HasIndex(p => new { p.PersonId, p.Status });
        builder.HasIndex(p => p.InterventionId);
        builder.HasOne<Placement>().WithMany().HasForeignKey(p => p.ReplacesId).OnDelete(DeleteBehavior.Restrict);
        // The default fills the placements made before affidi; the sentinel makes every insert state its kind.
        builder.Property(p => p.Kind).HasDefaultValue(PlacementKind.Structure).HasSentinel((PlacementKind)(-1));
        builder.HasOne<FosterCare.FosterFamily>().WithMany().HasForeignKey(p => p.FosterFamilyId).OnDelete(DeleteBehavior.Restrict);
        // Partial, as the case's centre: only affidi carry a family.
        builder.HasIndex(p => new { p.FosterFamilyId, p.Status }).HasFilter("\"FosterFamilyId\" IS NOT NULL");
        builder.OwnsOne(p => p.FosterCare, t =>
        {
            t.Property(x => x.Basis).HasColumnName("FosterCareBasis");
            t.Property(x => x.Relation).HasColumnName("FosterCareRelation");
            t.Property(x => x.Schedule).HasColumnName("FosterCareSchedule");
            t.Property(x => x.Setting).HasColumnName("FosterCareSetting");
            t.Property(x => x.CourtMeasureId).HasColumnName("FosterCareCourtMeasureId");
            t.HasOne<Minors.CourtMeasure>().WithMany().HasForeignKey(x => x.CourtMeasureId).OnDelete(DeleteBehavior.Restrict);
        });
    }
}

internal sealed class DischargeRequestConfiguration : AuditableConfiguration<DischargeRequest>
{
    protected override void ConfigureEntity(EntityTypeBuilder<DischargeRequest> builder)
    {
        builder.Property(d => d.AdmissionReference).HasMaxLength(50);
        builder.Property(d => d.Needs).IsLongText();
        builder.Property(d => d.AssessmentOutcome).IsLongText();
        builder.Property(d => d.CancellationReason).HasMaxLength(2000);
        builder.Property(d => d.Aids).HasField("aids");
        builder.HasOne<Organization>().WithMany().HasForeignKey(d => d.HospitalOrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(d => d.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Zone>().WithMany().HasForeignKey(d => d.ZoneId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CareCase>().WithMany().HasForeignKey(d => d.CareCaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => new { d.ZoneId, d.Status });
        builder.HasIndex(d => new { d.HospitalOrganizationId, d.Status });
        builder.HasIndex(d => new { d.HospitalOrganizationId, d.AdmissionReference }).IsUnique();
        builder.HasIndex(d => d.PersonId);
    }
}
