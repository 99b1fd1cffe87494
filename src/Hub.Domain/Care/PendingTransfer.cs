namespace Hub.Domain.Care;

/// <summary>
/// A transfer of a case waiting for the receiving side (trasferimento in attesa di accettazione): from
/// which zone to which, to which case manager if one was named, why, asked on which day. While it
/// waits the receiving zone's staff see the case, so they can decide.
/// </summary>
public sealed record PendingTransfer(Guid FromZoneId, Guid ToZoneId, Guid? ToCaseManagerId, string Reason, DateOnly RequestedOn);
