using Hub.Domain.Idempotency;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Domain.Persistence.Configurations;

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> builder)
    {
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Key).HasMaxLength(100);
        builder.Property(r => r.Operation).HasMaxLength(100);
        builder.Property(r => r.InputHash).HasMaxLength(64);
        builder.Property(r => r.ResultType).HasMaxLength(50);
        // Two concurrent first runs with one key: the second insert fails here and becomes a retry.
        builder.HasIndex(r => new { r.Caller, r.Key }).IsUnique();
    }
}
