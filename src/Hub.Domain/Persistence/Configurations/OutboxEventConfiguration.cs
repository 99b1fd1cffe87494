using Hub.Domain.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Domain.Persistence.Configurations;

internal sealed class OutboxEventConfiguration : IEntityTypeConfiguration<OutboxEvent>
{
    public void Configure(EntityTypeBuilder<OutboxEvent> builder)
    {
        builder.ToTable("OutboxEvents");
        builder.HasKey(e => e.Position);
        // An identity on every provider; SQLite's AUTOINCREMENT keeps a position freed by retention from coming back.
        builder.Property(e => e.Position).ValueGeneratedOnAdd().HasAnnotation("Sqlite:Autoincrement", true);
        builder.Property(e => e.EntityType).HasMaxLength(50);
        builder.Property(e => e.Actor).HasMaxLength(200);
        // Retention deletes by age.
        builder.HasIndex(e => e.OccurredAt);
    }
}
