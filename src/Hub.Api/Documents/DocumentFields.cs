using System.Linq.Expressions;
using Hub.Api.Access;
using Hub.Api.Care;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.Paging;
using Hub.Api.People;
using Hub.Domain.Audit;
using Hub.Domain.Care;
using Hub.Domain.Common;
using Hub.Domain.Documents;
using Hub.Domain.People;
using Hub.Domain.Persistence;

namespace Hub.Api.Documents;

/// <summary>
/// The <c>documents</c> list of each record a document can be attached to: metadata only, newest first,
/// seen through the documents' row scope (the owner's) with each file name gated by its document's level.
/// </summary>
public static class DocumentFields
{
    /// <summary>Newest first; documents of one date latest attached on top (their ids grow with time).</summary>
    public static readonly SortOrder<Document> Order = SortOrder<Document>.NewestFirst("issuedOn", d => d.IssuedOn);

    private const string Description = "The documents attached to it, newest first (by issuedOn, then latest attached): metadata only, the file at each one's downloadUrl (documenti allegati).";

    /// <summary>
    /// Adds the list to <paramref name="owner"/>; listing needs SOCIAL at least (a document is), or the owner's own level when higher;
    /// PERSONAL on a record whose authors may lack SOCIAL (a discharge request), where the row scope keeps what they may not read.
    /// </summary>
    public static void AddTo<TParent>(HubObjectGraphType<TParent> owner, Expression<Func<HubDbContext, IQueryable<Child<Document>>>> children,
        Sensitivity level = Sensitivity.Social) where TParent : Entity =>
        owner.ChildConnection<TParent, DocumentType, Document>("documents", Description, children, Order).Sensitive(level);
}

public sealed class PersonDocumentFields : ITypeExtension<PersonType>
{
    public void AddFieldsTo(PersonType person) => DocumentFields.AddTo<Person>(person,
        db => db.Documents.Where(d => d.OwnerKind == DocumentOwnerKind.Person).Select(d => new Child<Document> { ParentId = d.PersonId, Row = d }));
}

public sealed class CareCaseDocumentFields : ITypeExtension<CareCaseType>
{
    public void AddFieldsTo(CareCaseType careCase) => DocumentFields.AddTo<CareCase>(careCase,
        db => db.Documents.Where(d => d.CareCaseId != null).Select(d => new Child<Document> { ParentId = d.CareCaseId!.Value, Row = d }));
}

public sealed class AssessmentDocumentFields : ITypeExtension<AssessmentType>
{
    public void AddFieldsTo(AssessmentType assessment) => DocumentFields.AddTo<Assessment>(assessment,
        db => db.Documents.Where(d => d.AssessmentId != null).Select(d => new Child<Document> { ParentId = d.AssessmentId!.Value, Row = d }), Sensitivity.Health);
}

public sealed class CarePlanDocumentFields : ITypeExtension<CarePlanType>
{
    public void AddFieldsTo(CarePlanType plan) => DocumentFields.AddTo<CarePlan>(plan,
        db => db.Documents.Where(d => d.CarePlanId != null).Select(d => new Child<Document> { ParentId = d.CarePlanId!.Value, Row = d }));
}

public sealed class DischargeRequestDocumentFields : ITypeExtension<DischargeRequestType>
{
    // PERSONAL, not SOCIAL: the hospital that filed the request lists its discharge letters; the row scope keeps the rest.
    public void AddFieldsTo(DischargeRequestType request) => DocumentFields.AddTo<DischargeRequest>(request,
        db => db.Documents.Where(d => d.DischargeRequestId != null).Select(d => new Child<Document> { ParentId = d.DischargeRequestId!.Value, Row = d }), Sensitivity.Personal);
}
