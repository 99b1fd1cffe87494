using Hub.Domain.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Domain.Persistence.Configurations;

internal sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> builder)
    {
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Subject).HasMaxLength(200);
        builder.Property(e => e.Role).HasMaxLength(50);
        builder.Property(e => e.Purpose).HasMaxLength(100);
        builder.Property(e => e.EntityType).HasMaxLength(50);
        // Flags: stored as a number so "which events touched HEALTH data" is a bitwise test.
        builder.Property(e => e.Sensitivity).HasConversion<int>();
        // No foreign keys: the trail must outlive what it describes.
        builder.HasIndex(e => e.OccurredAt);
        builder.HasIndex(e => new { e.PersonId, e.OccurredAt });
        builder.HasIndex(e => new { e.Subject, e.OccurredAt });
    }
}
