using GraphQL.Types;
using Hub.Api.Access;
using Hub.Api.GraphQL.DataLoaders;
using Hub.Api.GraphQL.Paging;
using Hub.Api.GraphQL.Relay;
using Hub.Api.Organizations;
using Hub.Api.People;
using Hub.Domain.Audit;
using Hub.Domain.Organizations;

namespace Hub.Api.Audit;

public sealed class AuditEventType : EntityGraphType<AuditEvent, AuditEventFilterInputType, AuditEventSortInputType>
{
    // Its rows reach auditors only (row scopes); to them every field is open.
    public AuditEventType() : base("One access to personal data, one refusal or one change (registro degli accessi); append-only, kept at least 24 months.", Sensitivity.Public)
    {
        Field(e => e.OccurredAt).Description("When it happened.");
        Field(e => e.Subject).Description("Who: the caller's subject (JWT sub).");
        Reference<OrganizationType>("organization", e => e.OrganizationId).Description("The caller's organisation, when the hub knows it.");
        Field(e => e.Role, nullable: true).Description("The caller's roles, comma-separated.");
        Field(e => e.Purpose, nullable: true).Description("Why, when the caller said (finalità).");
        Field(e => e.Operation, nullable: true).Description("The GraphQL operation name, or `anonymous query` / `anonymous mutation`.");
        Field<NonNullGraphType<AuditActionType>>("action").Description("Read or change.").Resolve(context => context.Source.Action);
        Field(e => e.Mutation, nullable: true).Description("The mutation called, e.g. `registerPerson`; null for reads. One event per call, aliases included.");
        Field(e => e.EntityType).Description("What was touched: `Person` for a person's data read; for a mutation, the type of the record it changed or aimed at (`Mutation` when it named none).");
        Field<IdGraphType>("entityId").Description("The touched record's key (a UUID), when there is one.").Resolve(context => context.Source.EntityId);
        Field<IdGraphType>("personId").Description("The global id of the person whose data it was; ask `node(id:)` with a role that may see them.")
            .Resolve(context => context.Source.PersonId is { } id ? GlobalId.Encode(PersonType.NodeName, id) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SensitivityType>>>>("sensitivity").Description("Every sensitivity of the fields read or refused; empty for public data only.")
            .Resolve(context => Enum.GetValues<Sensitivity>().Where(level => level != Sensitivity.Public && context.Source.Sensitivity.HasFlag(level)).ToList());
        Field<NonNullGraphType<AuditOutcomeType>>("outcome").Description("Granted, refused or failed.").Resolve(context => context.Source.Outcome);
    }
}

public sealed class AuditActionType : EnumerationGraphType<AuditAction>;

public sealed class AuditOutcomeType : EnumerationGraphType<AuditOutcome>;

public sealed class SensitivityType : EnumerationGraphType<Sensitivity>;
