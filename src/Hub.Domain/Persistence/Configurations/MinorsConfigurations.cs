using Hub.Domain.Care;
using Hub.Domain.Minors;
using Hub.Domain.Organizations;
using Hub.Domain.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Domain.Persistence.Configurations;

internal sealed class FirstReportConfiguration : AuditableConfiguration<FirstReport>
{
    protected override void ConfigureEntity(EntityTypeBuilder<FirstReport> builder)
    {
        builder.Property(r => r.ReportedBy).HasMaxLength(200);
        builder.Property(r => r.Summary).HasMaxLength(4000);
        builder.HasOne<CareCase>().WithMany().HasForeignKey(r => r.CareCaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(r => r.PersonId).OnDelete(DeleteBehavior.Restrict);
        // One report opens a case.
        builder.HasIndex(r => r.CareCaseId).IsUnique();
    }
}

internal sealed class ParentalResponsibilityConfiguration : AuditableConfiguration<ParentalResponsibility>
{
    protected override void ConfigureEntity(EntityTypeBuilder<ParentalResponsibility> builder)
    {
        builder.HasOne<CareCase>().WithMany().HasForeignKey(r => r.CareCaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(r => r.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(r => r.HolderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => r.CareCaseId);
    }
}

internal sealed class CourtMeasureConfiguration : AuditableConfiguration<CourtMeasure>
{
    protected override void ConfigureEntity(EntityTypeBuilder<CourtMeasure> builder)
    {
        builder.Property(m => m.DecreeReference).HasMaxLength(100);
        builder.Property(m => m.Notes).HasMaxLength(4000);
        builder.HasOne<CareCase>().WithMany().HasForeignKey(m => m.CareCaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(m => m.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.CareCaseId, m.DecreedOn });
    }
}

internal sealed class CourtDeadlineConfiguration : AuditableConfiguration<CourtDeadline>
{
    protected override void ConfigureEntity(EntityTypeBuilder<CourtDeadline> builder)
    {
        builder.Property(d => d.Description).HasMaxLength(500);
        builder.Property(d => d.FiledReference).HasMaxLength(100);
        builder.Ignore(d => d.FiledLate);
        builder.HasOne<CourtMeasure>().WithMany().HasForeignKey(d => d.CourtMeasureId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CareCase>().WithMany().HasForeignKey(d => d.CareCaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(d => d.PersonId).OnDelete(DeleteBehavior.Restrict);
        // The overdue reports are read by state and due date.
        builder.HasIndex(d => new { d.Status, d.DueOn });
        builder.HasIndex(d => d.CourtMeasureId);
    }
}

internal sealed class ProtectedAddressConfiguration : AuditableConfiguration<ProtectedAddress>
{
    protected override void ConfigureEntity(EntityTypeBuilder<ProtectedAddress> builder)
    {
        builder.OwnsAddress(a => a.Address, "Shelter");
        builder.Navigation(a => a.Address).IsRequired();
        builder.HasOne<CareCase>().WithMany().HasForeignKey(a => a.CareCaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organization>().WithMany().HasForeignKey(a => a.CentreId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => a.CareCaseId);
    }
}
