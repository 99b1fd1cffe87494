using Hub.Domain.Organizations;
using Hub.Domain.Structures;
using Hub.Domain.Territory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Domain.Persistence.Configurations;

internal sealed class StructureConfiguration : AuditableConfiguration<Structure>
{
    protected override void ConfigureEntity(EntityTypeBuilder<Structure> builder)
    {
        builder.Property(s => s.RegionalCode).HasMaxLength(30);
        builder.Property(s => s.AccreditationAct).HasMaxLength(100);
        builder.HasIndex(s => s.RegionalCode).IsUnique();
        builder.HasIndex(s => new { s.Kind, s.Name });
        builder.HasSearchKey(s => s.Name, 200);
        builder.HasOne(s => s.OperatorOrganization).WithMany().HasForeignKey(s => s.OperatorOrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.OwnsAddress(s => s.Address, "");
        builder.Navigation(s => s.Address).IsRequired();
        builder.OwnsContacts(s => s.Contacts);
        builder.HasMany(s => s.Modules).WithOne(m => m.Structure).HasForeignKey(m => m.StructureId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Modules).HasField("modules");
    }
}

internal sealed class StructureModuleConfiguration : AuditableConfiguration<StructureModule>
{
    protected override void ConfigureEntity(EntityTypeBuilder<StructureModule> builder)
    {
        builder.Ignore(m => m.FreePlaces);
        builder.HasSearchKey(m => m.Name, 200);
        builder.ComplexProperty(m => m.Tariff, t =>
        {
            t.Property(x => x.DailyHealthShare).HasColumnName("DailyHealthShare");
            t.Property(x => x.DailySocialShare).HasColumnName("DailySocialShare");
        });
        builder.HasIndex(m => new { m.StructureId, m.Kind });
        // The last line of defence for capacity, whatever the code path.
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("CK_StructureModules_Occupancy", "\"OccupiedPlaces\" >= 0 AND \"OccupiedPlaces\" <= \"ContractedPlaces\"");
            t.HasCheckConstraint("CK_StructureModules_Places", "\"ContractedPlaces\" <= \"AuthorisedPlaces\"");
        });
    }
}

internal sealed class FamilyCenterConfiguration : AuditableConfiguration<FamilyCenter>
{
    protected override void ConfigureEntity(EntityTypeBuilder<FamilyCenter> builder)
    {
        builder.HasOne<Zone>().WithMany().HasForeignKey(f => f.ZoneId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organization>().WithMany().HasForeignKey(f => f.OwnerOrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(f => f.ZoneId);
        builder.HasSearchKey(f => f.Name, 200);
        builder.HasSearchKey(f => f.OperatorName, 200);
        builder.Property(f => f.Services).HasField("services");
        builder.OwnsAddress(f => f.Address, "");
        builder.Navigation(f => f.Address).IsRequired();
        builder.OwnsContacts(f => f.Contacts);
    }
}
