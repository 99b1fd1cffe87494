using Hub.Domain.Organizations;
using Hub.Domain.Territory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Domain.Persistence.Configurations;

internal sealed class OrganizationConfiguration : AuditableConfiguration<Organization>
{
    protected override void ConfigureEntity(EntityTypeBuilder<Organization> builder)
    {
        builder.Property(o => o.TaxCode).HasMaxLength(16);
        builder.Property(o => o.Code).HasMaxLength(30);
        builder.HasIndex(o => new { o.Kind, o.Name });
        builder.HasSearchKey(o => o.Name, 200);
        builder.HasIndex(o => o.Code);
        builder.HasOne<HealthAuthority>().WithMany().HasForeignKey(o => o.HealthAuthorityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Zone>().WithMany().HasForeignKey(o => o.ZoneId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Municipality>().WithMany().HasForeignKey(o => o.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class StaffMemberConfiguration : AuditableConfiguration<StaffMember>
{
    protected override void ConfigureEntity(EntityTypeBuilder<StaffMember> builder)
    {
        builder.Property(s => s.FirstName).HasMaxLength(100);
        builder.Property(s => s.LastName).HasMaxLength(100);
        builder.HasSearchKey(s => s.FirstName, 100);
        builder.HasSearchKey(s => s.LastName, 100);
        builder.Property(s => s.WeeklyHours).HasPrecision(5, 2);
        builder.Ignore(s => s.FullTimeEquivalent);
        builder.OwnsContacts(s => s.Contacts);
        builder.HasOne(s => s.Organization).WithMany().HasForeignKey(s => s.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(s => s.Zones).WithMany().UsingEntity("StaffZones",
            l => l.HasOne(typeof(Zone)).WithMany().HasForeignKey("ZoneId").OnDelete(DeleteBehavior.Cascade),
            r => r.HasOne(typeof(StaffMember)).WithMany().HasForeignKey("StaffMemberId").OnDelete(DeleteBehavior.Cascade));
        builder.Navigation(s => s.Zones).HasField("zones");
        builder.HasIndex(s => new { s.Profession, s.LastName });
        builder.HasIndex(s => s.OrganizationId);
    }
}
