using GraphQL.Types;
using Hub.Api.GraphQL.Mutations;
using Hub.Domain.Access;
using Hub.Domain.Audit;
using Hub.Domain.Care;
using Hub.Domain.Common;
using Hub.Domain.Organizations;
using Hub.Domain.SocialRecord;

namespace Hub.Api.SocialRecord;

/// <summary>The social diary: entries are only ever added (a correction is an entry too).</summary>
public sealed class DiaryMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation) =>
        mutation.Mutation<AddDiaryEntryInput, DiaryEntryPayloadType>("addDiaryEntry",
            "Adds a dated entry to a case's social diary, SOCIAL unless marked HEALTH or JUDICIAL (a level the author reads); nothing in the diary is edited or deleted (diario sociale).",
            Permission.ManageCases, AddAsync);

    private static async Task<Entity> AddAsync(MutationContext m, AddDiaryEntryInput input)
    {
        var careCase = await m.Find<CareCase>(input.CareCaseId);
        var author = Author(m, input.AuthorId);
        var corrects = await m.FindOptional<DiaryEntry>(input.CorrectsId);
        m.Db.Scope.Caller.EnsureMayMark(input.Sensitivity ?? Sensitivity.Social, Sensitivity.Social);
        var entry = new DiaryEntry(careCase, input.Kind, input.OccurredOn ?? m.Today, author, input.Participants ?? [], input.Text,
            input.Sensitivity ?? Sensitivity.Social, corrects, m.Today);
        m.Db.DiaryEntries.Add(entry);
        return entry;
    }

    // The author is who writes, not what the input says: a diary signed in another's name would be worthless.
    private static Guid Author(MutationContext m, string? authorId)
    {
        var caller = m.Db.Scope.Caller.StaffMemberId
            ?? throw new DomainValidationException(nameof(AddDiaryEntryInput.AuthorId), "Your token names no staff member ('staff' claim): a diary entry is written by a staff member, who is its author.");
        if (authorId is not null && MutationContext.KeyOf<StaffMember>(authorId) != caller)
            throw new DomainValidationException(nameof(AddDiaryEntryInput.AuthorId), "A diary entry's author is the caller: give your own StaffMember id or none.");
        return caller;
    }
}
