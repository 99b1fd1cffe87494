using Hub.Domain.Care;
using Hub.Domain.People;

namespace Hub.Domain.Documents;

/// <summary>
/// The one record a document is attached to, and the person that record is about (whom the document
/// concerns, for the audit trail). Made only from a record the caller has found, so the owner's row
/// scope has been applied.
/// </summary>
public sealed record DocumentOwner(DocumentOwnerKind Kind, Guid Id, Guid PersonId)
{
    public static DocumentOwner Of(Person person) => new(DocumentOwnerKind.Person, person.Id, person.Id);

    public static DocumentOwner Of(CareCase careCase) => new(DocumentOwnerKind.CareCase, careCase.Id, careCase.PersonId);

    public static DocumentOwner Of(Assessment assessment) => new(DocumentOwnerKind.Assessment, assessment.Id, assessment.PersonId);

    public static DocumentOwner Of(CarePlan plan) => new(DocumentOwnerKind.CarePlan, plan.Id, plan.PersonId);

    public static DocumentOwner Of(DischargeRequest request) => new(DocumentOwnerKind.DischargeRequest, request.Id, request.PersonId);
}
