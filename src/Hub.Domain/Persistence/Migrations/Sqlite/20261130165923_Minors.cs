using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hub.Domain.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Minors : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "ProtectingCentreId",
                table: "Persons",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "CentreId",
                table: "CareCases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CourtMeasures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CareCaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Authority = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DecreeReference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DecreedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CourtMeasures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CourtMeasures_CareCases_CareCaseId",
                        column: x => x.CareCaseId,
                        principalTable: "CareCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CourtMeasures_Persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "Persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FirstReports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CareCaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReportedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ReportedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FirstReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FirstReports_CareCases_CareCaseId",
                        column: x => x.CareCaseId,
                        principalTable: "CareCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FirstReports_Persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "Persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ParentalResponsibilities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CareCaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HolderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Since = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ParentalResponsibilities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ParentalResponsibilities_CareCases_CareCaseId",
                        column: x => x.CareCaseId,
                        principalTable: "CareCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ParentalResponsibilities_Persons_HolderId",
                        column: x => x.HolderId,
                        principalTable: "Persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ParentalResponsibilities_Persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "Persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProtectedAddresses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CareCaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CentreId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ShelterMunicipalityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ShelterStreet = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ShelterPostalCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProtectedAddresses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProtectedAddresses_CareCases_CareCaseId",
                        column: x => x.CareCaseId,
                        principalTable: "CareCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProtectedAddresses_Municipalities_ShelterMunicipalityId",
                        column: x => x.ShelterMunicipalityId,
                        principalTable: "Municipalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProtectedAddresses_Organizations_CentreId",
                        column: x => x.CentreId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProtectedAddresses_Persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "Persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CourtDeadlines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CourtMeasureId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CareCaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    FiledOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FiledReference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CourtDeadlines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CourtDeadlines_CareCases_CareCaseId",
                        column: x => x.CareCaseId,
                        principalTable: "CareCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CourtDeadlines_CourtMeasures_CourtMeasureId",
                        column: x => x.CourtMeasureId,
                        principalTable: "CourtMeasures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CourtDeadlines_Persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "Persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Persons_ProtectingCentreId",
                table: "Persons",
                column: "ProtectingCentreId",
                filter: "\"ProtectingCentreId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_CareCases_CentreId",
                table: "CareCases",
                column: "CentreId",
                filter: "\"CentreId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_CourtDeadlines_CareCaseId",
                table: "CourtDeadlines",
                column: "CareCaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CourtDeadlines_CourtMeasureId",
                table: "CourtDeadlines",
                column: "CourtMeasureId");

            migrationBuilder.CreateIndex(
                name: "IX_CourtDeadlines_PersonId",
                table: "CourtDeadlines",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_CourtDeadlines_Status_DueOn",
                table: "CourtDeadlines",
                columns: new[] { "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_CourtMeasures_CareCaseId_DecreedOn",
                table: "CourtMeasures",
                columns: new[] { "CareCaseId", "DecreedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_CourtMeasures_PersonId",
                table: "CourtMeasures",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_FirstReports_CareCaseId",
                table: "FirstReports",
                column: "CareCaseId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FirstReports_PersonId",
                table: "FirstReports",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_ParentalResponsibilities_CareCaseId",
                table: "ParentalResponsibilities",
                column: "CareCaseId");

            migrationBuilder.CreateIndex(
                name: "IX_ParentalResponsibilities_HolderId",
                table: "ParentalResponsibilities",
                column: "HolderId");

            migrationBuilder.CreateIndex(
                name: "IX_ParentalResponsibilities_PersonId",
                table: "ParentalResponsibilities",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_ProtectedAddresses_CareCaseId",
                table: "ProtectedAddresses",
                column: "CareCaseId");

            migrationBuilder.CreateIndex(
                name: "IX_ProtectedAddresses_CentreId",
                table: "ProtectedAddresses",
                column: "CentreId");

            migrationBuilder.CreateIndex(
                name: "IX_ProtectedAddresses_PersonId",
                table: "ProtectedAddresses",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_ProtectedAddresses_ShelterMunicipalityId",
                table: "ProtectedAddresses",
                column: "ShelterMunicipalityId");

            migrationBuilder.AddForeignKey(
                name: "FK_CareCases_Organizations_CentreId",
                table: "CareCases",
                column: "CentreId",
                principalTable: "Organizations",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Persons_Organizations_ProtectingCentreId",
                table: "Persons",
                column: "ProtectingCentreId",
                principalTable: "Organizations",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_CareCases_Organizations_CentreId",
                table: "CareCases");

            migrationBuilder.DropForeignKey(
                name: "FK_Persons_Organizations_ProtectingCentreId",
                table: "Persons");

            migrationBuilder.DropTable(
                name: "CourtDeadlines");

            migrationBuilder.DropTable(
                name: "FirstReports");

            migrationBuilder.DropTable(
                name: "ParentalResponsibilities");

            migrationBuilder.DropTable(
                name: "ProtectedAddresses");

            migrationBuilder.DropTable(
                name: "CourtMeasures");

            migrationBuilder.DropIndex(
                name: "IX_Persons_ProtectingCentreId",
                table: "Persons");

            migrationBuilder.DropIndex(
                name: "IX_CareCases_CentreId",
                table: "CareCases");

            migrationBuilder.DropColumn(
                name: "ProtectingCentreId",
                table: "Persons");

            migrationBuilder.DropColumn(
                name: "CentreId",
                table: "CareCases");
        }
    }
}
