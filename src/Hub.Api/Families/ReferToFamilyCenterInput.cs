using System.ComponentModel;
using GraphQL;
using GraphQL.Types;
using Hub.Api.GraphQL.InputRules;
using Hub.Api.GraphQL.Mutations;
using Hub.Domain.Access;
using Hub.Domain.Audit;
using Hub.Domain.Common;
using Hub.Domain.Families;
using Hub.Domain.People;
using Hub.Domain.Structures;
using Hub.Domain.Territory;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Families;

[Description("Refers a family, a child or both to a Centro per le famiglie of one's zones (invio).")]
public sealed record ReferToFamilyCenterInput(
    [property: Id, Description("The centre (FamilyCenter id).")] string FamilyCenterId,
    [property: Id, Description("The family (Household id); give it, the child, or both.")] string? HouseholdId,
    [property: Id, Description("The child, a minor (Person id); give it, the family, or both.")] string? ChildId,
    [property: Column<FamilyCenterReferral>(nameof(FamilyCenterReferral.Service)), Description("One of the services the centre offers (FamilyCenter.services), e.g. 'mediazione familiare'.")] string Service,
    [property: Column<FamilyCenterReferral>(nameof(FamilyCenterReferral.Reason)), Description("Why, in words (motivo); never counted in the zone's figures.")] string? Reason,
    [property: Description("Referral date; today when omitted; not in the future.")] DateOnly? ReferredOn);
