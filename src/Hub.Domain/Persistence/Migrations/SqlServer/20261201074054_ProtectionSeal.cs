using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hub.Domain.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ProtectionSeal : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "ProtectedSince",
                table: "Persons",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "SealedOn",
                table: "CareCases",
                type: "date",
                nullable: true);

            // Women protected before this migration: protected since their centre's first case, and their other cases, all closed when taken, sealed.
            migrationBuilder.Sql("""
                UPDATE "Persons" SET "ProtectedSince" = (SELECT MIN(c."OpenedOn") FROM "CareCases" c
                    WHERE c."PersonId" = "Persons"."Id" AND c."CentreId" = "Persons"."ProtectingCentreId")
                WHERE "ProtectingCentreId" IS NOT NULL;
                UPDATE "CareCases" SET "SealedOn" = (SELECT p."ProtectedSince" FROM "Persons" p WHERE p."Id" = "CareCases"."PersonId")
                WHERE "CentreId" IS NULL AND "PersonId" IN (SELECT "Id" FROM "Persons" WHERE "ProtectingCentreId" IS NOT NULL);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ProtectedSince",
                table: "Persons");

            migrationBuilder.DropColumn(
                name: "SealedOn",
                table: "CareCases");
        }
    }
}
