using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hub.Domain.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CaseTeam : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "TransferFromZoneId",
                table: "CareCases",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TransferReason",
                table: "CareCases",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "TransferRequestedOn",
                table: "CareCases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "TransferToCaseManagerId",
                table: "CareCases",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "TransferToZoneId",
                table: "CareCases",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CaseTeamMembers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    StaffMemberId = table.Column<Guid>(type: "uuid", nullable: false),
                    Role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: true),
                    CareCaseId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseTeamMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseTeamMembers_CareCases_CareCaseId",
                        column: x => x.CareCaseId,
                        principalTable: "CareCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CaseTeamMembers_StaffMembers_StaffMemberId",
                        column: x => x.StaffMemberId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InformationContacts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DeskOrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    AccessPointId = table.Column<Guid>(type: "uuid", nullable: true),
                    ZoneId = table.Column<Guid>(type: "uuid", nullable: false),
                    ContactOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Area = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    RequesterKind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InformationContacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InformationContacts_Organizations_DeskOrganizationId",
                        column: x => x.DeskOrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_InformationContacts_Structures_AccessPointId",
                        column: x => x.AccessPointId,
                        principalTable: "Structures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_InformationContacts_Zones_ZoneId",
                        column: x => x.ZoneId,
                        principalTable: "Zones",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PlanReviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CarePlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    CareCaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReviewedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    NextReviewOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Notes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Goals = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanReviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanReviews_CareCases_CareCaseId",
                        column: x => x.CareCaseId,
                        principalTable: "CareCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PlanReviews_CarePlans_CarePlanId",
                        column: x => x.CarePlanId,
                        principalTable: "CarePlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PlanReviews_Persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "Persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CareCases_TransferToZoneId",
                table: "CareCases",
                column: "TransferToZoneId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseTeamMembers_CareCaseId",
                table: "CaseTeamMembers",
                column: "CareCaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseTeamMembers_StaffMemberId",
                table: "CaseTeamMembers",
                column: "StaffMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_InformationContacts_AccessPointId",
                table: "InformationContacts",
                column: "AccessPointId");

            migrationBuilder.CreateIndex(
                name: "IX_InformationContacts_DeskOrganizationId_ContactOn",
                table: "InformationContacts",
                columns: new[] { "DeskOrganizationId", "ContactOn" });

            migrationBuilder.CreateIndex(
                name: "IX_InformationContacts_ZoneId_ContactOn",
                table: "InformationContacts",
                columns: new[] { "ZoneId", "ContactOn" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanReviews_CareCaseId",
                table: "PlanReviews",
                column: "CareCaseId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanReviews_CarePlanId_ReviewedOn",
                table: "PlanReviews",
                columns: new[] { "CarePlanId", "ReviewedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanReviews_PersonId",
                table: "PlanReviews",
                column: "PersonId");

            migrationBuilder.AddForeignKey(
                name: "FK_CareCases_Zones_TransferToZoneId",
                table: "CareCases",
                column: "TransferToZoneId",
                principalTable: "Zones",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_CareCases_Zones_TransferToZoneId",
                table: "CareCases");

            migrationBuilder.DropTable(
                name: "CaseTeamMembers");

            migrationBuilder.DropTable(
                name: "InformationContacts");

            migrationBuilder.DropTable(
                name: "PlanReviews");

            migrationBuilder.DropIndex(
                name: "IX_CareCases_TransferToZoneId",
                table: "CareCases");

            migrationBuilder.DropColumn(
                name: "TransferFromZoneId",
                table: "CareCases");

            migrationBuilder.DropColumn(
                name: "TransferReason",
                table: "CareCases");

            migrationBuilder.DropColumn(
                name: "TransferRequestedOn",
                table: "CareCases");

            migrationBuilder.DropColumn(
                name: "TransferToCaseManagerId",
                table: "CareCases");

            migrationBuilder.DropColumn(
                name: "TransferToZoneId",
                table: "CareCases");
        }
    }
}
