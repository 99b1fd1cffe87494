using Hub.Domain.Care;
using Hub.Domain.Organizations;
using Hub.Domain.People;
using Hub.Domain.Services;
using Hub.Domain.SocialRecord;
using Hub.Domain.Structures;
using Hub.Domain.Territory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Domain.Persistence.Configurations;

internal sealed class AccessRequestConfiguration : AuditableConfiguration<AccessRequest>
{
    protected override void ConfigureEntity(EntityTypeBuilder<AccessRequest> builder)
    {
        builder.Property(r => r.Outcome).HasMaxLength(4000);
        builder.Ignore(r => r.DaysToAnswer);
        builder.HasOne<Organization>().WithMany().HasForeignKey(r => r.DeskOrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Structure>().WithMany().HasForeignKey(r => r.AccessPointId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Zone>().WithMany().HasForeignKey(r => r.ZoneId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(r => r.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Municipality>().WithMany().HasForeignKey(r => r.ResidenceMunicipalityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Service>().WithMany().HasForeignKey(r => r.ServiceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CareCase>().WithMany().HasForeignKey(r => r.CareCaseId).OnDelete(DeleteBehavior.Restrict);
        // The desk's and the zone's open lists, and the overdue ones, are read by state and due date.
        builder.HasIndex(r => new { r.ZoneId, r.Status, r.DueOn });
        builder.HasIndex(r => new { r.DeskOrganizationId, r.Status, r.DueOn });
        builder.HasIndex(r => r.PersonId);
    }
}

internal sealed class DiaryEntryConfiguration : AuditableConfiguration<DiaryEntry>
{
    protected override void ConfigureEntity(EntityTypeBuilder<DiaryEntry> builder)
    {
        builder.Property(e => e.Text).IsLongText();
        builder.Property(e => e.Participants).HasField("participants");
        builder.HasOne<CareCase>().WithMany().HasForeignKey(e => e.CareCaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(e => e.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(e => e.AuthorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<DiaryEntry>().WithMany().HasForeignKey(e => e.CorrectsId).OnDelete(DeleteBehavior.Restrict);
        // A case's diary is read in date order.
        builder.HasIndex(e => new { e.CareCaseId, e.OccurredOn });
    }
}

internal sealed class InformationContactConfiguration : AuditableConfiguration<InformationContact>
{
    protected override void ConfigureEntity(EntityTypeBuilder<InformationContact> builder)
    {
        builder.HasOne<Organization>().WithMany().HasForeignKey(c => c.DeskOrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Structure>().WithMany().HasForeignKey(c => c.AccessPointId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Zone>().WithMany().HasForeignKey(c => c.ZoneId).OnDelete(DeleteBehavior.Restrict);
        // Counted by zone or desk over a period.
        builder.HasIndex(c => new { c.ZoneId, c.ContactOn });
        builder.HasIndex(c => new { c.DeskOrganizationId, c.ContactOn });
    }
}
