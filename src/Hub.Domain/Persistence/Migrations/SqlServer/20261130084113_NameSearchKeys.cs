using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hub.Domain.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class NameSearchKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Persons_LastName_FirstName",
                table: "Persons");

            migrationBuilder.AddColumn<string>(
                name: "NameKey",
                table: "Zones",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true,
                collation: "Latin1_General_100_BIN2");

            migrationBuilder.AddColumn<string>(
                name: "NameKey",
                table: "Structures",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true,
                collation: "Latin1_General_100_BIN2");

            migrationBuilder.AddColumn<string>(
                name: "NameKey",
                table: "StructureModules",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true,
                collation: "Latin1_General_100_BIN2");

            migrationBuilder.AddColumn<string>(
                name: "FirstNameKey",
                table: "StaffMembers",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true,
                collation: "Latin1_General_100_BIN2");

            migrationBuilder.AddColumn<string>(
                name: "LastNameKey",
                table: "StaffMembers",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true,
                collation: "Latin1_General_100_BIN2");

            migrationBuilder.AddColumn<string>(
                name: "NameKey",
                table: "Services",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true,
                collation: "Latin1_General_100_BIN2");

            migrationBuilder.AddColumn<string>(
                name: "FamilyDoctorKey",
                table: "Persons",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true,
                collation: "Latin1_General_100_BIN2");

            migrationBuilder.AddColumn<string>(
                name: "FirstNameKey",
                table: "Persons",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true,
                collation: "Latin1_General_100_BIN2");

            migrationBuilder.AddColumn<string>(
                name: "LastNameKey",
                table: "Persons",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true,
                collation: "Latin1_General_100_BIN2");

            migrationBuilder.AddColumn<string>(
                name: "NameKey",
                table: "Organizations",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true,
                collation: "Latin1_General_100_BIN2");

            migrationBuilder.AddColumn<string>(
                name: "NameKey",
                table: "Municipalities",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true,
                collation: "Latin1_General_100_BIN2");

            migrationBuilder.AddColumn<string>(
                name: "NameKey",
                table: "HealthAuthorities",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true,
                collation: "Latin1_General_100_BIN2");

            migrationBuilder.AddColumn<string>(
                name: "NameKey",
                table: "FamilyCenters",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true,
                collation: "Latin1_General_100_BIN2");

            migrationBuilder.AddColumn<string>(
                name: "OperatorNameKey",
                table: "FamilyCenters",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true,
                collation: "Latin1_General_100_BIN2");

            migrationBuilder.CreateIndex(
                name: "IX_Zones_NameKey",
                table: "Zones",
                column: "NameKey");

            migrationBuilder.CreateIndex(
                name: "IX_Structures_NameKey",
                table: "Structures",
                column: "NameKey");

            migrationBuilder.CreateIndex(
                name: "IX_StructureModules_NameKey",
                table: "StructureModules",
                column: "NameKey");

            migrationBuilder.CreateIndex(
                name: "IX_StaffMembers_FirstNameKey",
                table: "StaffMembers",
                column: "FirstNameKey");

            migrationBuilder.CreateIndex(
                name: "IX_StaffMembers_LastNameKey",
                table: "StaffMembers",
                column: "LastNameKey");

            migrationBuilder.CreateIndex(
                name: "IX_Services_NameKey",
                table: "Services",
                column: "NameKey");

            migrationBuilder.CreateIndex(
                name: "IX_Persons_FamilyDoctorKey",
                table: "Persons",
                column: "FamilyDoctorKey");

            migrationBuilder.CreateIndex(
                name: "IX_Persons_FirstNameKey",
                table: "Persons",
                column: "FirstNameKey");

            migrationBuilder.CreateIndex(
                name: "IX_Persons_LastNameKey",
                table: "Persons",
                column: "LastNameKey");

            migrationBuilder.CreateIndex(
                name: "IX_Organizations_NameKey",
                table: "Organizations",
                column: "NameKey");

            migrationBuilder.CreateIndex(
                name: "IX_Municipalities_NameKey",
                table: "Municipalities",
                column: "NameKey");

            migrationBuilder.CreateIndex(
                name: "IX_HealthAuthorities_NameKey",
                table: "HealthAuthorities",
                column: "NameKey");

            migrationBuilder.CreateIndex(
                name: "IX_FamilyCenters_NameKey",
                table: "FamilyCenters",
                column: "NameKey");

            migrationBuilder.CreateIndex(
                name: "IX_FamilyCenters_OperatorNameKey",
                table: "FamilyCenters",
                column: "OperatorNameKey");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Zones_NameKey",
                table: "Zones");

            migrationBuilder.DropIndex(
                name: "IX_Structures_NameKey",
                table: "Structures");

            migrationBuilder.DropIndex(
                name: "IX_StructureModules_NameKey",
                table: "StructureModules");

            migrationBuilder.DropIndex(
                name: "IX_StaffMembers_FirstNameKey",
                table: "StaffMembers");

            migrationBuilder.DropIndex(
                name: "IX_StaffMembers_LastNameKey",
                table: "StaffMembers");

            migrationBuilder.DropIndex(
                name: "IX_Services_NameKey",
                table: "Services");

            migrationBuilder.DropIndex(
                name: "IX_Persons_FamilyDoctorKey",
                table: "Persons");

            migrationBuilder.DropIndex(
                name: "IX_Persons_FirstNameKey",
                table: "Persons");

            migrationBuilder.DropIndex(
                name: "IX_Persons_LastNameKey",
                table: "Persons");

            migrationBuilder.DropIndex(
                name: "IX_Organizations_NameKey",
                table: "Organizations");

            migrationBuilder.DropIndex(
                name: "IX_Municipalities_NameKey",
                table: "Municipalities");

            migrationBuilder.DropIndex(
                name: "IX_HealthAuthorities_NameKey",
                table: "HealthAuthorities");

            migrationBuilder.DropIndex(
                name: "IX_FamilyCenters_NameKey",
                table: "FamilyCenters");

            migrationBuilder.DropIndex(
                name: "IX_FamilyCenters_OperatorNameKey",
                table: "FamilyCenters");

            migrationBuilder.DropColumn(
                name: "NameKey",
                table: "Zones");

            migrationBuilder.DropColumn(
                name: "NameKey",
                table: "Structures");

            migrationBuilder.DropColumn(
                name: "NameKey",
                table: "StructureModules");

            migrationBuilder.DropColumn(
                name: "FirstNameKey",
                table: "StaffMembers");

            migrationBuilder.DropColumn(
                name: "LastNameKey",
                table: "StaffMembers");

            migrationBuilder.DropColumn(
                name: "NameKey",
                table: "Services");

            migrationBuilder.DropColumn(
                name: "FamilyDoctorKey",
                table: "Persons");

            migrationBuilder.DropColumn(
                name: "FirstNameKey",
                table: "Persons");

            migrationBuilder.DropColumn(
                name: "LastNameKey",
                table: "Persons");

            migrationBuilder.DropColumn(
                name: "NameKey",
                table: "Organizations");

            migrationBuilder.DropColumn(
                name: "NameKey",
                table: "Municipalities");

            migrationBuilder.DropColumn(
                name: "NameKey",
                table: "HealthAuthorities");

            migrationBuilder.DropColumn(
                name: "NameKey",
                table: "FamilyCenters");

            migrationBuilder.DropColumn(
                name: "OperatorNameKey",
                table: "FamilyCenters");

            migrationBuilder.CreateIndex(
                name: "IX_Persons_LastName_FirstName",
                table: "Persons",
                columns: new[] { "LastName", "FirstName" });
        }
    }
}
