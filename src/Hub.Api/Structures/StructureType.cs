using GraphQL.Types;
using Hub.Api.Access;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.DataLoaders;
using Hub.Api.GraphQL.Paging;
using Hub.Api.GraphQL.Relay;
using Hub.Api.Organizations;
using Hub.Domain.Audit;
using Hub.Domain.Structures;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Structures;

public sealed class StructureType : EntityGraphType<Structure, StructureFilterInputType, StructureSortInputType>
{
    public StructureType() : base("A structure (struttura): RSA, RSD, day centre, intermediate care, Centro per le famiglie or access point.", Sensitivity.Public)
    {
        Field(s => s.Kind).Description("Kind of structure (tipologia).");
        Field(s => s.Name).Description("Name of the structure (denominazione).");
        Field(s => s.RegionalCode).Description("Code in the regional register of structures.");
        Field(s => s.Accreditation).Description("Accreditation status (stato di accreditamento).");
        Field(s => s.AccreditationAct, nullable: true).Description("The act granting accreditation (e.g. a decreto dirigenziale).");
        Field(s => s.AccreditedUntil, nullable: true).Description("Accreditation expiry, when set.");
        Field(s => s.AccreditationChangedOn, nullable: true).Description("The day the current accreditation status took effect, as the last act says (decorrenza).");
        Field<NonNullGraphType<AddressType>>("address").Description("Where the structure is (sede).").Resolve(context => context.Source.Address);
        Field<NonNullGraphType<ContactsType>>("contacts").Description("Public contacts.").Resolve(context => context.Source.Contacts);
        Reference<OrganizationType>("operator", s => s.OperatorOrganizationId).Description("The organisation running it (ente gestore).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StructureModuleType>>>>("modules").Description("Its modules with places (moduli).").Reads()
            .Resolve(context => context.LoadList(StructureLoaders.ModulesByStructure, context.Source.Id));
        Field<NonNullGraphType<IntGraphType>>("freePlaces").Description("Free contracted places over all modules (posti liberi).").Reads()
            .Resolve(context => context.LoadList(StructureLoaders.ModulesByStructure, context.Source.Id).Then(modules => modules.Sum(m => m.FreePlaces)));
    }
}
