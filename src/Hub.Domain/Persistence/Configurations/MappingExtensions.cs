using Hub.Domain.Common;
using Hub.Domain.Territory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Domain.Persistence.Configurations;

/// <summary>Mappings of the value objects several entities share.</summary>
internal static class MappingExtensions
{
    /// <summary>Free text without a length limit (notes, needs, sources).</summary>
    public static PropertyBuilder<T> IsLongText<T>(this PropertyBuilder<T> property)
    {
        property.Metadata.SetMaxLength(null);
        return property;
    }

    /// <summary>
    /// An address as columns of the owner, prefixed, with a foreign key to its comune. Owned rather
    /// than complex because complex types cannot hold foreign keys; owners therefore keep their own
    /// Address instance (see <see cref="Address"/>).
    /// </summary>
    public static void OwnsAddress<T>(this EntityTypeBuilder<T> builder, System.Linq.Expressions.Expression<Func<T, Address?>> address, string prefix)
        where T : class
    {
        builder.OwnsOne(address, a =>
        {
            a.Property(x => x.MunicipalityId).HasColumnName($"{prefix}MunicipalityId");
            a.Property(x => x.Street).HasColumnName($"{prefix}Street");
            a.Property(x => x.PostalCode).HasColumnName($"{prefix}PostalCode").HasMaxLength(10);
            a.HasOne<Municipality>().WithMany().HasForeignKey(x => x.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
            a.HasIndex(x => x.MunicipalityId);
        });
    }

    /// <summary>Contacts as columns of the owner; always present, possibly empty.</summary>
    public static void OwnsContacts<T>(this EntityTypeBuilder<T> builder, System.Linq.Expressions.Expression<Func<T, Contacts?>> contacts)
        where T : class
    {
        builder.ComplexProperty(contacts!, c =>
        {
            c.Property(x => x.Phone).HasColumnName("Phone").HasMaxLength(30);
            c.Property(x => x.Email).HasColumnName("Email").HasMaxLength(254);
            c.Property(x => x.CertifiedEmail).HasColumnName("CertifiedEmail").HasMaxLength(254);
        });
    }
}
