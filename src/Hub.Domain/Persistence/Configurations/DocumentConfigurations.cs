using Hub.Domain.Care;
using Hub.Domain.Documents;
using Hub.Domain.Organizations;
using Hub.Domain.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Domain.Persistence.Configurations;

internal sealed class DocumentConfiguration : AuditableConfiguration<Document>
{
    protected override void ConfigureEntity(EntityTypeBuilder<Document> builder)
    {
        builder.Ignore(d => d.OwnerId);
        builder.Property(d => d.AuthorSubject).HasMaxLength(100);
        builder.Property(d => d.MediaType).HasMaxLength(100);
        builder.Property(d => d.Sha256).HasMaxLength(64).IsFixedLength();
        builder.HasOne<Person>().WithMany().HasForeignKey(d => d.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CareCase>().WithMany().HasForeignKey(d => d.CareCaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Assessment>().WithMany().HasForeignKey(d => d.AssessmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CarePlan>().WithMany().HasForeignKey(d => d.CarePlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<DischargeRequest>().WithMany().HasForeignKey(d => d.DischargeRequestId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organization>().WithMany().HasForeignKey(d => d.AuthorOrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Document>().WithMany().HasForeignKey(d => d.SupersedesId).OnDelete(DeleteBehavior.Restrict);
        // Each owner's list is read by its own key; a person's by person and kind of owner.
        builder.HasIndex(d => new { d.PersonId, d.OwnerKind });
        builder.HasIndex(d => d.CareCaseId);
        builder.HasIndex(d => d.AssessmentId);
        builder.HasIndex(d => d.CarePlanId);
        builder.HasIndex(d => d.DischargeRequestId);
    }
}

internal sealed class DocumentContentConfiguration : IEntityTypeConfiguration<DocumentContent>
{
    public void Configure(EntityTypeBuilder<DocumentContent> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Bytes).Metadata.SetMaxLength(null);
        // One content per document, removed with nothing: documents are never deleted.
        builder.HasOne<Document>().WithOne().HasForeignKey<DocumentContent>(c => c.Id).OnDelete(DeleteBehavior.Restrict);
    }
}
