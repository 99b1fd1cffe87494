using Hub.Domain.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Domain.Persistence.Configurations;

internal sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> builder)
    {
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Subject).HasMaxLength(AuditEvent.SubjectLength);
        // Room for every role at once (they are normalised names, about 100 characters together).
        builder.Property(e => e.Role).HasMaxLength(AuditEvent.RoleLength);
        builder.Property(e => e.Purpose).HasMaxLength(AuditEvent.PurposeLength);
        builder.Property(e => e.Operation).HasMaxLength(AuditEvent.OperationLength);
        builder.Property(e => e.Mutation).HasMaxLength(AuditEvent.MutationLength);
        builder.Property(e => e.EntityType).HasMaxLength(AuditEvent.EntityTypeLength);
        // Flags: stored as a number so "which events touched HEALTH data" is a bitwise test.
        builder.Property(e => e.Sensitivity).HasConversion<int>();
        // No foreign keys: the trail must outlive what it describes.
        builder.HasIndex(e => e.OccurredAt);
        builder.HasIndex(e => new { e.PersonId, e.OccurredAt });
        builder.HasIndex(e => new { e.Subject, e.OccurredAt });
    }
}
