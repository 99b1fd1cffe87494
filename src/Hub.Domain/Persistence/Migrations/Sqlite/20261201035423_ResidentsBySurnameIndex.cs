using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hub.Domain.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ResidentsBySurnameIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // A page of a zone's or comune's residents by surname is read comune by comune (Hub.Api's PagePartition): each
            // comune's first residents in that order come from this index, not from reading and sorting all of them (issue 18).
            // Raw SQL: EF Core cannot index the owner's columns together with those of its owned address.
            migrationBuilder.Sql("""
                CREATE INDEX "IX_Persons_ResidenceMunicipalityId_LastNameKey" ON "Persons" ("ResidenceMunicipalityId", "LastNameKey", "LastName", "Id");
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP INDEX IF EXISTS "IX_Persons_ResidenceMunicipalityId_LastNameKey";
                """);
        }
    }
}
