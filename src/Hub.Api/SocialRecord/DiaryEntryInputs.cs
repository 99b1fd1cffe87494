using System.ComponentModel;
using GraphQL;
using Hub.Api.Audit;
using Hub.Domain.Audit;
using Hub.Domain.SocialRecord;

namespace Hub.Api.SocialRecord;

[Description("Adds an entry to a case's social diary; a correction names the entry it corrects (annotazione del diario sociale).")]
public sealed record AddDiaryEntryInput(
    [property: Id, Description("The case (CareCase id).")] string CareCaseId,
    [property: Description("What it records (tipo).")] DiaryEntryKind Kind,
    [property: Description("When it happened; today when omitted.")] DateOnly? OccurredOn,
    [property: Id, Description("The staff member who writes it (StaffMember id): the caller's own, as its token's 'staff' claim names it; when omitted, that one. Any other is refused.")] string? AuthorId,
    [property: Description("Who took part, in words (partecipanti); at most 200 characters each.")] IReadOnlyList<string>? Participants,
    [property: Description("What was said and done (testo); at most 20000 characters.")] string Text,
    [property: InputType(typeof(SensitivityType)), Description("What reading the text needs: SOCIAL (default), HEALTH or JUDICIAL; only a level your roles read (else a ForbiddenError).")] Sensitivity? Sensitivity,
    [property: Id, Description("The entry this one corrects (DiaryEntry id), of the same case; it stays in the diary.")] string? CorrectsId);
