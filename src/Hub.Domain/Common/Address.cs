namespace Hub.Domain.Common;

/// <summary>A postal address inside a comune (indirizzo).</summary>
public sealed record Address(Guid MunicipalityId, string? Street, string? PostalCode);
