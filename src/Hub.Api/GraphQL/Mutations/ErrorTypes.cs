using GraphQL.Types;
using Hub.Api.Access;
using Hub.Api.GraphQL.Relay;
using Hub.Domain.Audit;

namespace Hub.Api.GraphQL.Mutations;

public sealed class ErrorInterface : InterfaceGraphType<MutationError>
{
    /// <summary>The kinds of error; payloads only name the interface, so the schema must be told of them.</summary>
    public static readonly Type[] Implementations =
    [
        typeof(NotFoundErrorType), typeof(ValidationErrorType), typeof(ConcurrencyErrorType),
        typeof(InvalidTransitionErrorType), typeof(CapacityExceededErrorType), typeof(ForbiddenErrorType),
    ];

    public ErrorInterface()
    {
        Name = "Error";
        Description = "Why a mutation was refused (errore); each kind adds what a client needs to react.";
        Field(e => e.Message).Description("What went wrong, for people.").Sensitive(Sensitivity.Public);
    }
}

/// <summary>The common shape of every error graph type: the interface and its message.</summary>
public abstract class ErrorType<T> : ObjectGraphType<T> where T : MutationError
{
    protected ErrorType(string name, string description)
    {
        Name = name;
        Description = description;
        Interface<ErrorInterface>();
        IsTypeOf = source => source is T;
        Field(e => e.Message).Description("What went wrong, for people.").Sensitive(Sensitivity.Public);
    }
}

public sealed class NotFoundErrorType : ErrorType<NotFoundError>
{
    public NotFoundErrorType() : base("NotFoundError", "An object named in the input does not exist (non trovato).") =>
        Field<NonNullGraphType<IdGraphType>>("id").Description("The id that was not found, as sent.").Sensitive(Sensitivity.Public).Resolve(c => c.Source.Id);
}

public sealed class ValidationErrorType : ErrorType<ValidationError>
{
    public ValidationErrorType() : base("ValidationError", "The input breaks a rule of the model (dato non valido).") =>
        Field(e => e.Field, nullable: true).Description("The input field at fault, when one is.").Sensitive(Sensitivity.Public);
}

public sealed class ConcurrencyErrorType : ErrorType<ConcurrencyError>
{
    public ConcurrencyErrorType() : base("ConcurrencyError", "The object changed since the caller read it (modifica concorrente): reload and retry.")
    {
        Field<IdGraphType>("objectId").Description("The object that changed (global id); null when the conflict was found on saving.").Sensitive(Sensitivity.Public).Resolve(c => c.Source.Id);
        Field(e => e.ExpectedVersion, nullable: true).Description("The version the caller sent.").Sensitive(Sensitivity.Public);
        Field(e => e.ActualVersion, nullable: true).Description("The version the object is at now.").Sensitive(Sensitivity.Public);
    }
}

public sealed class InvalidTransitionErrorType : ErrorType<InvalidTransitionError>
{
    public InvalidTransitionErrorType() : base("InvalidTransitionError", "The object's state does not allow this action (transizione non ammessa).")
    {
        Field(e => e.Entity).Description("The kind of object, e.g. Placement.").Sensitive(Sensitivity.Public);
        Field(e => e.From).Description("The state it is in (stato attuale), spelled as the schema's status enum value, e.g. REFERRED.").Sensitive(Sensitivity.Public);
        Field(e => e.To, nullable: true).Description("The state the action leads to (stato richiesto), when the action is a transition; spelled as the enum value.").Sensitive(Sensitivity.Public);
        Field(e => e.Action).Description("The action that was refused, e.g. suspend.").Sensitive(Sensitivity.Public);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("allowedMutations")
            .Description("The mutations the object's current state allows, e.g. startCaseAssessment; empty when none does.").Sensitive(Sensitivity.Public)
            .Resolve(c => c.Source.Allowed);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("nextStates")
            .Description("The states the object may go to from its current one, spelled as the enum values, e.g. ACCEPTED; empty when none.").Sensitive(Sensitivity.Public)
            .Resolve(c => c.Source.Next);
    }
}

public sealed class CapacityExceededErrorType : ErrorType<CapacityExceededError>
{
    public CapacityExceededErrorType() : base("CapacityExceededError", "The module has no free place (posti esauriti).")
    {
        Field<NonNullGraphType<IdGraphType>>("moduleId").Description("The full module (StructureModule id).").Sensitive(Sensitivity.Public)
            .Resolve(c => GlobalId.Encode("StructureModule", c.Source.ModuleId));
        Field(e => e.ContractedPlaces).Description("Its contracted places, all taken (posti convenzionati).").Sensitive(Sensitivity.Public);
    }
}

public sealed class ForbiddenErrorType : ErrorType<ForbiddenError>
{
    public ForbiddenErrorType() : base("ForbiddenError", "The caller may run this mutation, but not on this object (operazione non consentita). "
        + "A missing permission is not this error: it is a FORBIDDEN GraphQL error naming the permission, before anything runs.") { }
}
