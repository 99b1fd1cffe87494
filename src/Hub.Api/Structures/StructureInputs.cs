using System.ComponentModel;
using GraphQL;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.InputRules;
using Hub.Api.People;
using Hub.Domain.Structures;

namespace Hub.Api.Structures;

[Description("Registers a structure in the regional register (iscrizione nel registro delle strutture); it starts authorised, not accredited.")]
public sealed record RegisterStructureInput(
    [property: Description("Kind of structure (tipologia).")] StructureKind Kind,
    [property: Column<Structure>(nameof(Structure.Name)), Description("Name (denominazione).")] string Name,
    [property: Column<Structure>(nameof(Structure.RegionalCode)), Description("Code in the regional register; unique.")] string RegionalCode,
    [property: Id, Description("The organisation running it (Organization id, ente gestore); a public body's registry administrator names its own.")] string OperatorId,
    [property: Description("Where it is (sede).")] AddressInput Address,
    [property: Description("Public contacts; none when omitted.")] ContactsInput? Contacts);

[Description("Renames or relocates a structure (variazione di denominazione o sede).")]
public sealed record ChangeStructureInput(
    [property: Id, Description("The structure (Structure id).")] string StructureId,
    [property: Column<Structure>(nameof(Structure.Name)), Description("Name (denominazione).")] string Name,
    [property: Description("Where it is (sede).")] AddressInput Address,
    [property: Description("The version read; the change is refused when the structure has changed since.")] long? ExpectedVersion);

[Description("Replaces a structure's public contacts (recapiti): its operator or its keeper.")]
public sealed record ChangeStructureContactsInput(
    [property: Id, Description("The structure (Structure id).")] string StructureId,
    [property: Description("The new contacts; an omitted one is cleared.")] ContactsInput Contacts,
    [property: Description("The version read; the change is refused when the structure has changed since.")] long? ExpectedVersion);

[Description("Records an act of the Region on a structure's accreditation (concessione, rinnovo, sospensione, revoca).")]
public sealed record ChangeAccreditationInput(
    [property: Id, Description("The structure (Structure id).")] string StructureId,
    [property: Description("What the act does.")] AccreditationChange Change,
    [property: Column<Structure>(nameof(Structure.AccreditationAct)), Description("The act (e.g. 'Decreto dirigenziale n. 1234 del 2026-03-01').")] string Act,
    [property: Description("The day the act takes effect (decorrenza).")] DateOnly On,
    [property: Description("Expiry of the accreditation (scadenza): required for GRANT and RENEW, absent otherwise.")] DateOnly? Until,
    [property: Description("The version read; the change is refused when the structure has changed since.")] long? ExpectedVersion);

[Description("Hands a structure to another operator (subentro nella gestione).")]
public sealed record MoveStructureOperatorInput(
    [property: Id, Description("The structure (Structure id).")] string StructureId,
    [property: Id, Description("The new operator (Organization id).")] string OperatorId,
    [property: Description("The version read; the change is refused when the structure has changed since.")] long? ExpectedVersion);

[Description("Closes a structure and its modules (cessazione); refused while placements are active in it.")]
public sealed record CloseStructureInput(
    [property: Id, Description("The structure (Structure id).")] string StructureId,
    [property: Description("Closing day; today when omitted; not in the future.")] DateOnly? On,
    [property: Description("The version read; the change is refused when the structure has changed since.")] long? ExpectedVersion);

[Description("Adds a module to a structure (modulo), with its places and daily shares.")]
public sealed record AddModuleInput(
    [property: Id, Description("The structure (Structure id).")] string StructureId,
    [property: Description("Kind of module.")] ModuleKind Kind,
    [property: Column<StructureModule>(nameof(StructureModule.Name)), Description("Name of the module.")] string Name,
    [property: Description("Places authorised (posti autorizzati).")] int AuthorisedPlaces,
    [property: Description("Places under contract (posti convenzionati); at most the authorised ones.")] int ContractedPlaces,
    [property: Column<ModuleTariff>(nameof(ModuleTariff.DailyHealthShare)), Description("Health share per day, € (quota sanitaria).")] decimal DailyHealthShare,
    [property: Column<ModuleTariff>(nameof(ModuleTariff.DailySocialShare)), Description("Social share per day, € (quota sociale).")] decimal DailySocialShare);

[Description("Changes a module's places and daily shares from a day on (variazione di posti e tariffe, con decorrenza).")]
public sealed record ChangeModulePlacesInput(
    [property: Id, Description("The module (StructureModule id).")] string ModuleId,
    [property: Description("Places authorised (posti autorizzati).")] int AuthorisedPlaces,
    [property: Description("Places under contract (posti convenzionati); never below the places occupied, at most the authorised ones.")] int ContractedPlaces,
    [property: Column<ModuleTariff>(nameof(ModuleTariff.DailyHealthShare)), Description("Health share per day, € (quota sanitaria).")] decimal DailyHealthShare,
    [property: Column<ModuleTariff>(nameof(ModuleTariff.DailySocialShare)), Description("Social share per day, € (quota sociale).")] decimal DailySocialShare,
    [property: Description("The day the new figures apply from (decorrenza); today when omitted.")] DateOnly? EffectiveFrom,
    [property: Description("The version read; the change is refused when the module has changed since.")] long? ExpectedVersion);

[Description("Renames a module (descrizione del modulo): its operator or its keeper.")]
public sealed record DescribeModuleInput(
    [property: Id, Description("The module (StructureModule id).")] string ModuleId,
    [property: Column<StructureModule>(nameof(StructureModule.Name)), Description("Name of the module.")] string Name,
    [property: Description("The version read; the change is refused when the module has changed since.")] long? ExpectedVersion);

[Description("Closes a module (chiusura del modulo); refused while placements are active in it.")]
public sealed record CloseModuleInput(
    [property: Id, Description("The module (StructureModule id).")] string ModuleId,
    [property: Description("Closing day; today when omitted; not in the future.")] DateOnly? On,
    [property: Description("The version read; the change is refused when the module has changed since.")] long? ExpectedVersion);
