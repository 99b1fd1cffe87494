using Hub.Domain.Territory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Domain.Persistence.Configurations;

internal sealed class HealthAuthorityConfiguration : AuditableConfiguration<HealthAuthority>
{
    protected override void ConfigureEntity(EntityTypeBuilder<HealthAuthority> builder)
    {
        builder.Property(a => a.Code).HasMaxLength(20);
        builder.HasIndex(a => a.Code).IsUnique();
        builder.HasSearchKey(a => a.Name, 200);
    }
}

internal sealed class ZoneConfiguration : AuditableConfiguration<Zone>
{
    protected override void ConfigureEntity(EntityTypeBuilder<Zone> builder)
    {
        builder.Property(z => z.Code).HasMaxLength(20);
        builder.HasIndex(z => z.Code).IsUnique();
        builder.HasSearchKey(z => z.Name, 200);
        builder.Property(z => z.Source).IsLongText();
        builder.HasOne(z => z.HealthAuthority).WithMany().HasForeignKey(z => z.HealthAuthorityId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(z => z.Memberships).HasField("memberships");
    }
}

internal sealed class MunicipalityConfiguration : AuditableConfiguration<Municipality>
{
    protected override void ConfigureEntity(EntityTypeBuilder<Municipality> builder)
    {
        builder.Property(m => m.IstatCode).HasMaxLength(6);
        builder.Property(m => m.CadastralCode).HasMaxLength(4);
        builder.HasIndex(m => m.IstatCode).IsUnique();
        builder.HasIndex(m => m.CadastralCode);
        builder.HasIndex(m => m.Name);
        builder.HasSearchKey(m => m.Name, 200);
        builder.ComplexProperty(m => m.Province, p =>
        {
            p.Property(x => x.Code).HasColumnName("ProvinceCode").HasMaxLength(3);
            p.Property(x => x.Name).HasColumnName("ProvinceName").HasMaxLength(100);
            p.Property(x => x.Abbreviation).HasColumnName("ProvinceAbbreviation").HasMaxLength(2);
        });
        builder.HasMany(m => m.Memberships).WithOne(z => z.Municipality).HasForeignKey(z => z.MunicipalityId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(m => m.Memberships).HasField("memberships");
    }
}

internal sealed class ZoneMembershipConfiguration : IEntityTypeConfiguration<ZoneMembership>
{
    public void Configure(EntityTypeBuilder<ZoneMembership> builder)
    {
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Source).IsLongText();
        builder.HasOne(m => m.Zone).WithMany(z => z.Memberships).HasForeignKey(m => m.ZoneId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.ZoneId, m.ValidTo });
        builder.HasIndex(m => new { m.MunicipalityId, m.ValidFrom }).IsUnique();
    }
}
