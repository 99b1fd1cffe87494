using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hub.Domain.Persistence.Migrations.Sqlite
{
    /// <summary>
    /// Cases opened before teams existed have a case manager and no team row: each gets a CASE_MANAGER membership of its
    /// manager from the case's opening day (the day it was assigned is not recorded), open-ended, so the team and the case's
    /// row scope agree with caseManager. Ids: random upper-case hexadecimal text, as EF Core stores a Guid in SQLite.
    /// </summary>
    public partial class CaseTeamBackfill : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                INSERT INTO "CaseTeamMembers" ("Id", "StaffMemberId", "Role", "From", "To", "CareCaseId")
                SELECT hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(6)),
                       c."CaseManagerId", 'CaseManager', c."OpenedOn", NULL, c."Id"
                FROM "CareCases" AS c
                WHERE c."CaseManagerId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "CaseTeamMembers" AS t WHERE t."CareCaseId" = c."Id");
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Nothing to undo: the backfilled memberships cannot be told from those recorded since, and the team
            // table (migration CaseTeam) keeps them consistent with caseManager either way.
        }
    }
}
