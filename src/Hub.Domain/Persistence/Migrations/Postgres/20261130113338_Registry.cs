using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hub.Domain.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Registry : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "AccreditationChangedOn",
                table: "Structures",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ClosedOn",
                table: "Structures",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ClosedOn",
                table: "StructureModules",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "EffectiveFrom",
                table: "StructureModules",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ClosedOn",
                table: "StaffMembers",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ClosedOn",
                table: "Services",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NomenclatorCode",
                table: "Services",
                type: "character varying(30)",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ClosedOn",
                table: "Organizations",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ClosedOn",
                table: "FamilyCenters",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "OwnerOrganizationId",
                table: "FamilyCenters",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "RecordChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EntityType = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    EntityId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ChangedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Field = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    From = table.Column<string>(type: "text", nullable: true),
                    To = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecordChanges", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FamilyCenters_OwnerOrganizationId",
                table: "FamilyCenters",
                column: "OwnerOrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_RecordChanges_EntityId_Version",
                table: "RecordChanges",
                columns: new[] { "EntityId", "Version" });

            migrationBuilder.AddForeignKey(
                name: "FK_FamilyCenters_Organizations_OwnerOrganizationId",
                table: "FamilyCenters",
                column: "OwnerOrganizationId",
                principalTable: "Organizations",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_FamilyCenters_Organizations_OwnerOrganizationId",
                table: "FamilyCenters");

            migrationBuilder.DropTable(
                name: "RecordChanges");

            migrationBuilder.DropIndex(
                name: "IX_FamilyCenters_OwnerOrganizationId",
                table: "FamilyCenters");

            migrationBuilder.DropColumn(
                name: "AccreditationChangedOn",
                table: "Structures");

            migrationBuilder.DropColumn(
                name: "ClosedOn",
                table: "Structures");

            migrationBuilder.DropColumn(
                name: "ClosedOn",
                table: "StructureModules");

            migrationBuilder.DropColumn(
                name: "EffectiveFrom",
                table: "StructureModules");

            migrationBuilder.DropColumn(
                name: "ClosedOn",
                table: "StaffMembers");

            migrationBuilder.DropColumn(
                name: "ClosedOn",
                table: "Services");

            migrationBuilder.DropColumn(
                name: "NomenclatorCode",
                table: "Services");

            migrationBuilder.DropColumn(
                name: "ClosedOn",
                table: "Organizations");

            migrationBuilder.DropColumn(
                name: "ClosedOn",
                table: "FamilyCenters");

            migrationBuilder.DropColumn(
                name: "OwnerOrganizationId",
                table: "FamilyCenters");
        }
    }
}
