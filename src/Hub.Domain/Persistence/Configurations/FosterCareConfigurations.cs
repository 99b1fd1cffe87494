using Hub.Domain.Care;
using Hub.Domain.FosterCare;
using Hub.Domain.Organizations;
using Hub.Domain.People;
using Hub.Domain.Territory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Domain.Persistence.Configurations;

internal sealed class FosterFamilyConfiguration : AuditableConfiguration<FosterFamily>
{
    protected override void ConfigureEntity(EntityTypeBuilder<FosterFamily> builder)
    {
        builder.HasOne<Zone>().WithMany().HasForeignKey(f => f.ZoneId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Household>().WithMany().HasForeignKey(f => f.HouseholdId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(f => new { f.ZoneId, f.Status });
        builder.OwnsOne(f => f.Availability, a =>
        {
            a.Property(x => x.FullTime).HasColumnName("AcceptsFullTime");
            a.Property(x => x.PartTime).HasColumnName("AcceptsPartTime");
            a.Property(x => x.Residential).HasColumnName("AcceptsResidential");
            a.Property(x => x.Daytime).HasColumnName("AcceptsDaytime");
            a.Property(x => x.MinAge).HasColumnName("MinAge");
            a.Property(x => x.MaxAge).HasColumnName("MaxAge");
            a.Property(x => x.Places).HasColumnName("Places");
        });
        builder.Navigation(f => f.Availability).IsRequired();
        builder.OwnsOne(f => f.Suitability, s =>
        {
            s.Property(x => x.Outcome).HasColumnName("SuitabilityOutcome");
            s.Property(x => x.AssessedOn).HasColumnName("SuitabilityAssessedOn");
            s.Property(x => x.AssessedById).HasColumnName("SuitabilityAssessedById");
            s.HasOne<StaffMember>().WithMany().HasForeignKey(x => x.AssessedById).OnDelete(DeleteBehavior.Restrict);
        });
        // The adults are part of the family, owned, so the person scope can ask "is this a parent of a family I see" through the family's scope.
        builder.OwnsMany(f => f.Parents, p =>
        {
            p.ToTable("FosterParents");
            p.WithOwner().HasForeignKey("FosterFamilyId");
            p.HasKey(x => x.Id);
            p.Property(x => x.Id).ValueGeneratedNever();
            p.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
            p.HasIndex(x => x.PersonId);
        });
        builder.Navigation(f => f.Parents).HasField("parents");
        builder.OwnsMany(f => f.Trainings, t =>
        {
            t.ToTable("FosterTrainings");
            t.WithOwner().HasForeignKey("FosterFamilyId");
            t.HasKey(x => x.Id);
            t.Property(x => x.Id).ValueGeneratedNever();
            t.Property(x => x.Course).HasMaxLength(200);
        });
        builder.Navigation(f => f.Trainings).HasField("trainings");
    }
}

internal sealed class FosterCareReviewConfiguration : AuditableConfiguration<FosterCareReview>
{
    protected override void ConfigureEntity(EntityTypeBuilder<FosterCareReview> builder)
    {
        builder.Property(r => r.Outcome).HasMaxLength(4000);
        builder.HasOne<Placement>().WithMany().HasForeignKey(r => r.PlacementId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(r => r.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.PlacementId, r.ReviewedOn });
    }
}
