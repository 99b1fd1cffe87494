using Hub.Domain.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Domain.Persistence.Configurations;

internal sealed class RecordChangeConfiguration : IEntityTypeConfiguration<RecordChange>
{
    public void Configure(EntityTypeBuilder<RecordChange> builder)
    {
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.EntityType).HasMaxLength(40);
        builder.Property(c => c.ChangedBy).HasMaxLength(100);
        builder.Property(c => c.Field).HasMaxLength(RecordChange.FieldLength);
        builder.Property(c => c.From).IsLongText();
        builder.Property(c => c.To).IsLongText();
        // No foreign keys: like the audit trail, the history outlives nothing it describes, since records are never deleted, but needs no join to be read.
        builder.HasIndex(c => new { c.EntityId, c.Version });
    }
}
