using GraphQL.Types;
using Hub.Domain.Territory;

namespace Hub.Api.Territory;

public sealed class ZoneGovernanceType : EnumerationGraphType<ZoneGovernance>;
