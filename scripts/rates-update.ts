/**
 * npm run rates:update: refreshes the checked-in exchange-rate tables from the official sources
 * (ECB reference rates, HMRC's monthly customs rates, the Bank of Canada) on a machine that is
 * online, and says what changed. Nothing is fetched while the site serves a page: the tables are
 * data in the repository, reviewed like any other change.
 *
 *   npm run rates:update            # fetch, merge, write lib/import-tax/exchange-rates/data/*.json
 *   npm run rates:update -- --dry-run   # fetch and report, write nothing
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { RATE_TABLES } from "../lib/import-tax/exchange-rates";
import { describeReports, networkFetcher, updateTables } from "../lib/import-tax/exchange-rates/update";

const DATA = join(process.cwd(), "lib/import-tax/exchange-rates/data");
async function main(): Promise<void> {
  const dryRun = process.argv.includes("--dry-run");
  const today = new Date().toISOString().slice(0, 10);
  const { tables, reports } = await updateTables(RATE_TABLES, networkFetcher(), today);
  for (const line of describeReports(reports)) console.log(line);
  if (dryRun) {
    console.log("Dry run: nothing written.");
    return;
  }
  writeFileSync(join(DATA, "ecb.json"), JSON.stringify(tables.ecb, null, 2) + "\n");
  writeFileSync(join(DATA, "hmrc.json"), JSON.stringify(tables.hmrc, null, 2) + "\n");
  writeFileSync(join(DATA, "boc.json"), JSON.stringify(tables.boc, null, 2) + "\n");
  console.log("Written to lib/import-tax/exchange-rates/data/. Run npx vitest run lib/import-tax and commit the change with the sources' dates.");
}

main().catch((error: unknown) => {
  console.error(`rates:update failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
