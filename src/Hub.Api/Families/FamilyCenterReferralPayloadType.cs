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

public sealed class FamilyCenterReferralPayloadType() : PayloadType<FamilyCenterReferralType>("FamilyCenterReferralPayload", "referral",
    "The result of a referral to a Centro per le famiglie or of recording its outcome.", Sensitivity.Social);
