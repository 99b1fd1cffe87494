using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hub.Domain.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PlacementTransfer : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "ReplacesId",
                table: "Placements",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Placements_ReplacesId",
                table: "Placements",
                column: "ReplacesId");

            migrationBuilder.AddForeignKey(
                name: "FK_Placements_Placements_ReplacesId",
                table: "Placements",
                column: "ReplacesId",
                principalTable: "Placements",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Placements_Placements_ReplacesId",
                table: "Placements");

            migrationBuilder.DropIndex(
                name: "IX_Placements_ReplacesId",
                table: "Placements");

            migrationBuilder.DropColumn(
                name: "ReplacesId",
                table: "Placements");
        }
    }
}
