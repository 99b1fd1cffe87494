using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hub.Domain.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SocialRecord : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Episode",
                table: "CareCases",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "AccessRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DeskOrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    AccessPointId = table.Column<Guid>(type: "uuid", nullable: true),
                    ZoneId = table.Column<Guid>(type: "uuid", nullable: false),
                    RequesterKind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    RequesterName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: true),
                    FirstName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    LastName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "date", nullable: true),
                    ResidenceMunicipalityId = table.Column<Guid>(type: "uuid", nullable: false),
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    Area = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    AnsweredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Outcome = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    CareCaseId = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccessRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AccessRequests_CareCases_CareCaseId",
                        column: x => x.CareCaseId,
                        principalTable: "CareCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AccessRequests_Municipalities_ResidenceMunicipalityId",
                        column: x => x.ResidenceMunicipalityId,
                        principalTable: "Municipalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AccessRequests_Organizations_DeskOrganizationId",
                        column: x => x.DeskOrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AccessRequests_Persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "Persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AccessRequests_Services_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "Services",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AccessRequests_Structures_AccessPointId",
                        column: x => x.AccessPointId,
                        principalTable: "Structures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AccessRequests_Zones_ZoneId",
                        column: x => x.ZoneId,
                        principalTable: "Zones",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CaseTransitions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CareCaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Episode = table.Column<int>(type: "integer", nullable: false),
                    Action = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    From = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    To = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseTransitions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseTransitions_CareCases_CareCaseId",
                        column: x => x.CareCaseId,
                        principalTable: "CareCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DiaryEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CareCaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    AuthorId = table.Column<Guid>(type: "uuid", nullable: false),
                    Participants = table.Column<string[]>(type: "text[]", nullable: false),
                    Text = table.Column<string>(type: "text", nullable: false),
                    Sensitivity = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    CorrectsId = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DiaryEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DiaryEntries_CareCases_CareCaseId",
                        column: x => x.CareCaseId,
                        principalTable: "CareCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DiaryEntries_DiaryEntries_CorrectsId",
                        column: x => x.CorrectsId,
                        principalTable: "DiaryEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DiaryEntries_Persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "Persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DiaryEntries_StaffMembers_AuthorId",
                        column: x => x.AuthorId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AccessRequests_AccessPointId",
                table: "AccessRequests",
                column: "AccessPointId");

            migrationBuilder.CreateIndex(
                name: "IX_AccessRequests_CareCaseId",
                table: "AccessRequests",
                column: "CareCaseId");

            migrationBuilder.CreateIndex(
                name: "IX_AccessRequests_DeskOrganizationId_Status_DueOn",
                table: "AccessRequests",
                columns: new[] { "DeskOrganizationId", "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_AccessRequests_PersonId",
                table: "AccessRequests",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_AccessRequests_ResidenceMunicipalityId",
                table: "AccessRequests",
                column: "ResidenceMunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_AccessRequests_ServiceId",
                table: "AccessRequests",
                column: "ServiceId");

            migrationBuilder.CreateIndex(
                name: "IX_AccessRequests_ZoneId_Status_DueOn",
                table: "AccessRequests",
                columns: new[] { "ZoneId", "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseTransitions_CareCaseId_CreatedAt",
                table: "CaseTransitions",
                columns: new[] { "CareCaseId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_DiaryEntries_AuthorId",
                table: "DiaryEntries",
                column: "AuthorId");

            migrationBuilder.CreateIndex(
                name: "IX_DiaryEntries_CareCaseId_OccurredOn",
                table: "DiaryEntries",
                columns: new[] { "CareCaseId", "OccurredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_DiaryEntries_CorrectsId",
                table: "DiaryEntries",
                column: "CorrectsId");

            migrationBuilder.CreateIndex(
                name: "IX_DiaryEntries_PersonId",
                table: "DiaryEntries",
                column: "PersonId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AccessRequests");

            migrationBuilder.DropTable(
                name: "CaseTransitions");

            migrationBuilder.DropTable(
                name: "DiaryEntries");

            migrationBuilder.DropColumn(
                name: "Episode",
                table: "CareCases");
        }
    }
}
