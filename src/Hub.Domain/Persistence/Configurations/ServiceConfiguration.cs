using Hub.Domain.Services;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Domain.Persistence.Configurations;

internal sealed class ServiceConfiguration : AuditableConfiguration<Service>
{
    protected override void ConfigureEntity(EntityTypeBuilder<Service> builder)
    {
        builder.Property(s => s.Code).HasMaxLength(30);
        builder.Property(s => s.NomenclatorCode).HasMaxLength(30);
        builder.HasIndex(s => s.Code).IsUnique();
        builder.HasIndex(s => new { s.Area, s.Kind });
        builder.HasSearchKey(s => s.Name, 200);
    }
}
