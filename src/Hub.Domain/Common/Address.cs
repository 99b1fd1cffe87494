namespace Hub.Domain.Common;

/// <summary>A postal address inside a comune (indirizzo).</summary>
/// <remarks>
/// Stored as an owned type, which EF Core tracks per instance: entities copy the address they
/// are given (<see cref="Copy"/>) so that two people at the same home never share one instance.
/// </remarks>
public sealed record Address(Guid MunicipalityId, string? Street, string? PostalCode)
{
    public Address Copy() => this with { };
}
