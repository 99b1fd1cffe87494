using Hub.Domain.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Domain.Persistence.Configurations;

internal sealed class PersonConfiguration : AuditableConfiguration<Person>
{
    protected override void ConfigureEntity(EntityTypeBuilder<Person> builder)
    {
        builder.Property(p => p.Identifier).HasMaxLength(16);
        builder.HasIndex(p => p.Identifier).IsUnique();
        builder.Property(p => p.FirstName).HasMaxLength(100);
        builder.Property(p => p.LastName).HasMaxLength(100);
        builder.HasSearchKey(p => p.FirstName, 100);
        builder.HasSearchKey(p => p.LastName, 100);
        builder.HasSearchKey(p => p.FamilyDoctor, 200);
        builder.Property(p => p.BirthPlaceCode).HasMaxLength(4);
        builder.Ignore(p => p.Name);
        builder.OwnsAddress(p => p.Residence, "Residence");
        builder.Navigation(p => p.Residence).IsRequired();
        builder.OwnsAddress(p => p.Domicile, "Domicile");
        builder.OwnsContacts(p => p.Contacts);
        builder.HasOne<Person>().WithMany().HasForeignKey(p => p.GuardianId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organizations.Organization>().WithMany().HasForeignKey(p => p.ProtectingCentreId).OnDelete(DeleteBehavior.Restrict);
        // Partial: nearly every person has no protecting centre, and a full index on the null key looked selective
        // enough to SQLite's planner to replace the name indexes under every person scope's "IS NULL".
        builder.HasIndex(p => p.ProtectingCentreId).HasFilter("\"ProtectingCentreId\" IS NOT NULL");
    }
}

internal sealed class HouseholdConfiguration : AuditableConfiguration<Household>
{
    protected override void ConfigureEntity(EntityTypeBuilder<Household> builder)
    {
        builder.HasMany(h => h.Members).WithOne().HasForeignKey(m => m.HouseholdId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(h => h.Members).HasField("members");
    }
}

internal sealed class HouseholdMemberConfiguration : IEntityTypeConfiguration<HouseholdMember>
{
    public void Configure(EntityTypeBuilder<HouseholdMember> builder)
    {
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.HasOne(m => m.Person).WithMany().HasForeignKey(m => m.PersonId).OnDelete(DeleteBehavior.Restrict);
        // A person belongs to one household at a time, as in the anagrafe.
        builder.HasIndex(m => m.PersonId).IsUnique();
    }
}
