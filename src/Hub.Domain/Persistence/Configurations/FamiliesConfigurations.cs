using Hub.Domain.Families;
using Hub.Domain.People;
using Hub.Domain.Structures;
using Hub.Domain.Territory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Domain.Persistence.Configurations;

internal sealed class FamilyCenterReferralConfiguration : AuditableConfiguration<FamilyCenterReferral>
{
    protected override void ConfigureEntity(EntityTypeBuilder<FamilyCenterReferral> builder)
    {
        builder.Property(r => r.Service).HasMaxLength(200);
        builder.Property(r => r.Reason).HasMaxLength(2000);
        builder.HasOne<FamilyCenter>().WithMany().HasForeignKey(r => r.FamilyCenterId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Zone>().WithMany().HasForeignKey(r => r.ZoneId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Household>().WithMany().HasForeignKey(r => r.HouseholdId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(r => r.ChildId).OnDelete(DeleteBehavior.Restrict);
        // The zone's figures read its referrals of a period.
        builder.HasIndex(r => new { r.ZoneId, r.ReferredOn });
        builder.HasIndex(r => r.FamilyCenterId);
    }
}
