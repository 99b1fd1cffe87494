using GraphQL;
using GraphQL.Instrumentation;
using Hub.Api.Audit;
using Hub.Domain.Access;
using Hub.Domain.Audit;

namespace Hub.Api.Access;

/// <summary>
/// DESIGN §4, layers 3 and 4, around every resolver: a field is read only with the clearance for
/// its sensitivity (and its permission, when a query field declares one: the roles that share a reach
/// but not a duty, as the six-monthly list), a mutation runs only with its permission. The check comes before the
/// resolver, so a denied field costs no database read. Reads of personal data and every refusal
/// go to the request's audit trail; a mutation call's own event is saved with its change.
/// </summary>
public sealed class AccessMiddleware : IFieldMiddleware
{
    public async ValueTask<object?> ResolveAsync(IResolveFieldContext context, FieldMiddlewareDelegate next)
    {
        if (context.ParentType.Name.StartsWith("__", StringComparison.Ordinal) || context.FieldDefinition.Name.StartsWith("__", StringComparison.Ordinal))
            return await next(context);
        var (access, audit) = RequestServices(context);
        var caller = access.Scope.Caller;
        if (context.ParentType == context.Schema.Mutation)
            return await PerformAsync(context, next, caller, audit);
        if (context.FieldDefinition.EffectiveSensitivityOf() is not { } required)
        {
            audit.Denied(context, Sensitivity.Public);
            throw Forbidden($"{context.ParentType.Name}.{context.FieldDefinition.Name} declares no sensitivity, so nobody may read it.");
        }
        if (!caller.MayRead(required))
        {
            audit.Denied(context, required);
            throw Forbidden($"Your roles may not read {SensitivityRules.Describe(required)} data ({context.ParentType.Name}.{context.FieldDefinition.Name}).");
        }
        if (context.FieldDefinition.PermissionOf() is { } permission && !caller.May(permission))
        {
            audit.Denied(context, required);
            throw Forbidden($"{context.FieldDefinition.Name} needs the permission {permission}, which {Holders(permission)} grant; your roles do not.");
        }
        var result = await next(context);
        if (required != Sensitivity.Public)
            audit.Read(context, required);
        return result;
    }

    // The request's access scope and audit trail, found in its DI scope once per execution rather than once per field: a page of
    // 100 persons resolves some 600 fields, and the scope's lookups (under its lock) were 5 % of the page's CPU (issue 18). The same
    // instances either way; an execution's fields run one after another (serial strategies), so its user context needs no lock.
    private static (RequestAccess Access, AuditTrail Audit) RequestServices(IResolveFieldContext context)
    {
        if (context.UserContext.TryGetValue(nameof(AccessMiddleware), out var found) && found is ValueTuple<RequestAccess, AuditTrail> services)
            return services;
        var resolved = (context.RequestServices!.GetRequiredService<RequestAccess>(), context.RequestServices!.GetRequiredService<AuditTrail>());
        context.UserContext[nameof(AccessMiddleware)] = resolved;
        return resolved;
    }

    private static async ValueTask<object?> PerformAsync(IResolveFieldContext context, FieldMiddlewareDelegate next, Caller caller, AuditTrail audit)
    {
        if (context.FieldDefinition.PermissionOf() is not { } needed)
        {
            audit.Denied(context, Sensitivity.Public);
            throw Forbidden($"Mutation {context.FieldDefinition.Name} declares no permission, so nobody may run it.");
        }
        if (!caller.May(needed))
        {
            audit.Denied(context, Sensitivity.Public);
            throw Forbidden($"{context.FieldDefinition.Name} needs the permission {needed}, which {Holders(needed)} grant; your roles do not.");
        }
        // The call saves its own event with its change (MutationRunner); what escapes it as an exception committed nothing.
        try
        {
            return await next(context);
        }
        catch
        {
            audit.Failed(context);
            throw;
        }
    }

    private static ExecutionError Forbidden(string message) => new(message) { Code = "FORBIDDEN" };

    // The roles to ask for, by their token names: "the roles social-worker, acot".
    private static string Holders(Permission permission) =>
        RoleGrant.Holding(permission).Select(role => role.Name()).ToList() is { Count: > 0 } roles ? $"the roles {string.Join(", ", roles)}" : "no role";
}
