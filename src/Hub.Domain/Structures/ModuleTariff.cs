namespace Hub.Domain.Structures;

/// <summary>
/// Daily tariff of a module split into the health share (quota sanitaria, paid by the ASL)
/// and the social share (quota sociale, paid by the guest and, for the means-tested part, the comune).
/// </summary>
public sealed record ModuleTariff(decimal DailyHealthShare, decimal DailySocialShare);
