using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hub.Domain.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class FosterCare : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<Guid>(
                name: "StructureId",
                table: "Placements",
                type: "uniqueidentifier",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "uniqueidentifier");

            migrationBuilder.AlterColumn<Guid>(
                name: "ModuleId",
                table: "Placements",
                type: "uniqueidentifier",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "uniqueidentifier");

            migrationBuilder.AddColumn<string>(
                name: "FosterCareBasis",
                table: "Placements",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "FosterCareCourtMeasureId",
                table: "Placements",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FosterCareOutcome",
                table: "Placements",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FosterCareRelation",
                table: "Placements",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FosterCareSchedule",
                table: "Placements",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FosterCareSetting",
                table: "Placements",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "FosterFamilyId",
                table: "Placements",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "Placements",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "Structure");

            migrationBuilder.AddColumn<string>(
                name: "Subject",
                table: "Assessments",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "Person");

            migrationBuilder.CreateTable(
                name: "FosterCareReviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PlacementId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PersonId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ReviewedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Outcome = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    NextReviewOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    UpdatedBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FosterCareReviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FosterCareReviews_Persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "Persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FosterCareReviews_Placements_PlacementId",
                        column: x => x.PlacementId,
                        principalTable: "Placements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FosterFamilies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    HouseholdId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    RegisteredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    AcceptsFullTime = table.Column<bool>(type: "bit", nullable: false),
                    AcceptsPartTime = table.Column<bool>(type: "bit", nullable: false),
                    AcceptsResidential = table.Column<bool>(type: "bit", nullable: false),
                    AcceptsDaytime = table.Column<bool>(type: "bit", nullable: false),
                    MinAge = table.Column<int>(type: "int", nullable: false),
                    MaxAge = table.Column<int>(type: "int", nullable: false),
                    Places = table.Column<int>(type: "int", nullable: false),
                    SuitabilityOutcome = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    SuitabilityAssessedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SuitabilityAssessedById = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    UpdatedBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FosterFamilies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FosterFamilies_Households_HouseholdId",
                        column: x => x.HouseholdId,
                        principalTable: "Households",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FosterFamilies_StaffMembers_SuitabilityAssessedById",
                        column: x => x.SuitabilityAssessedById,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FosterFamilies_Zones_ZoneId",
                        column: x => x.ZoneId,
                        principalTable: "Zones",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FosterParents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PersonId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FosterFamilyId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FosterParents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FosterParents_FosterFamilies_FosterFamilyId",
                        column: x => x.FosterFamilyId,
                        principalTable: "FosterFamilies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_FosterParents_Persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "Persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FosterTrainings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Course = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    AttendedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    FosterFamilyId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FosterTrainings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FosterTrainings_FosterFamilies_FosterFamilyId",
                        column: x => x.FosterFamilyId,
                        principalTable: "FosterFamilies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Placements_FosterCareCourtMeasureId",
                table: "Placements",
                column: "FosterCareCourtMeasureId");

            migrationBuilder.CreateIndex(
                name: "IX_Placements_FosterFamilyId_Status",
                table: "Placements",
                columns: new[] { "FosterFamilyId", "Status" },
                filter: "\"FosterFamilyId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_FosterCareReviews_PersonId",
                table: "FosterCareReviews",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_FosterCareReviews_PlacementId_ReviewedOn",
                table: "FosterCareReviews",
                columns: new[] { "PlacementId", "ReviewedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_FosterFamilies_HouseholdId",
                table: "FosterFamilies",
                column: "HouseholdId");

            migrationBuilder.CreateIndex(
                name: "IX_FosterFamilies_SuitabilityAssessedById",
                table: "FosterFamilies",
                column: "SuitabilityAssessedById");

            migrationBuilder.CreateIndex(
                name: "IX_FosterFamilies_ZoneId_Status",
                table: "FosterFamilies",
                columns: new[] { "ZoneId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_FosterParents_FosterFamilyId",
                table: "FosterParents",
                column: "FosterFamilyId");

            migrationBuilder.CreateIndex(
                name: "IX_FosterParents_PersonId",
                table: "FosterParents",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_FosterTrainings_FosterFamilyId",
                table: "FosterTrainings",
                column: "FosterFamilyId");

            migrationBuilder.AddForeignKey(
                name: "FK_Placements_CourtMeasures_FosterCareCourtMeasureId",
                table: "Placements",
                column: "FosterCareCourtMeasureId",
                principalTable: "CourtMeasures",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Placements_FosterFamilies_FosterFamilyId",
                table: "Placements",
                column: "FosterFamilyId",
                principalTable: "FosterFamilies",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Placements_CourtMeasures_FosterCareCourtMeasureId",
                table: "Placements");

            migrationBuilder.DropForeignKey(
                name: "FK_Placements_FosterFamilies_FosterFamilyId",
                table: "Placements");

            migrationBuilder.DropTable(
                name: "FosterCareReviews");

            migrationBuilder.DropTable(
                name: "FosterParents");

            migrationBuilder.DropTable(
                name: "FosterTrainings");

            migrationBuilder.DropTable(
                name: "FosterFamilies");

            migrationBuilder.DropIndex(
                name: "IX_Placements_FosterCareCourtMeasureId",
                table: "Placements");

            migrationBuilder.DropIndex(
                name: "IX_Placements_FosterFamilyId_Status",
                table: "Placements");

            migrationBuilder.DropColumn(
                name: "FosterCareBasis",
                table: "Placements");

            migrationBuilder.DropColumn(
                name: "FosterCareCourtMeasureId",
                table: "Placements");

            migrationBuilder.DropColumn(
                name: "FosterCareOutcome",
                table: "Placements");

            migrationBuilder.DropColumn(
                name: "FosterCareRelation",
                table: "Placements");

            migrationBuilder.DropColumn(
                name: "FosterCareSchedule",
                table: "Placements");

            migrationBuilder.DropColumn(
                name: "FosterCareSetting",
                table: "Placements");

            migrationBuilder.DropColumn(
                name: "FosterFamilyId",
                table: "Placements");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "Placements");

            migrationBuilder.DropColumn(
                name: "Subject",
                table: "Assessments");

            migrationBuilder.AlterColumn<Guid>(
                name: "StructureId",
                table: "Placements",
                type: "uniqueidentifier",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "uniqueidentifier",
                oldNullable: true);

            migrationBuilder.AlterColumn<Guid>(
                name: "ModuleId",
                table: "Placements",
                type: "uniqueidentifier",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "uniqueidentifier",
                oldNullable: true);
        }
    }
}
