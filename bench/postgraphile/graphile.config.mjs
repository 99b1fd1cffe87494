// PostGraphile 5 over the hub's database for bench/compare.sh: the Amber preset with the
// connection-filter plugin, as the issue-18 comparison ran it. No row security: a superuser reads all.
import { PostGraphileAmberPreset } from "postgraphile/presets/amber";
import { makePgService } from "postgraphile/adaptors/pg";
import { PostGraphileConnectionFilterPreset } from "postgraphile-plugin-connection-filter";

export default {
  extends: [PostGraphileAmberPreset, PostGraphileConnectionFilterPreset],
  // Every column orderable and filterable, indexed or not, as the hub's reads need.
  disablePlugins: ["PgIndexBehaviorsPlugin"],
  pgServices: [makePgService({ connectionString: process.env.DATABASE_URL, schemas: ["public"] })],
  grafserv: { host: "127.0.0.1", port: Number(process.env.PORT) },
  grafast: { explain: false },
  // Filters through relations (a person's comune's zone), as the zone page needs.
  schema: { connectionFilterRelations: true },
};
