// Writes src/Hub.Domain/Territory/Data/cadastral-codes.csv from the dataset of
// @marketto/belfiore-connector-embedded (version pinned in package.json beside this file).
// Run: cd scripts/cadastral-codes && npm ci && node generate.mjs
import { writeFileSync } from "node:fs";
import * as connector from "@marketto/belfiore-connector-embedded";

const places = await connector.belfioreConnector.toArray();
const quoted = value => (/[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
// The dataset marks a code still in use with the end of year 9999.
const ceasedOn = place => (place.expirationDate.getUTCFullYear() >= 9999 ? "" : place.expirationDate.toISOString().slice(0, 10));
const rows = places
    .sort((a, b) => a.belfioreCode.localeCompare(b.belfioreCode))
    .map(p => [p.belfioreCode, quoted(p.name.trim()), p.province ?? "", (p.iso3166 ?? "").trim(), ceasedOn(p)].join(","));
const target = new URL("../../src/Hub.Domain/Territory/Data/cadastral-codes.csv", import.meta.url);
writeFileSync(target, ["cadastral_code,name,province,country_iso,ceased_on", ...rows, ""].join("\n"));
console.log(`${rows.length} codes written to ${target.pathname}`);
