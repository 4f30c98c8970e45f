/**
 * Run by `npm run build`: warns (without failing the build) when the newest exchange rate is older
 * than 45 days, so converted prices do not quietly age. Refresh with `npm run rates:update`.
 */
import { newestRateDate, STALE_AFTER_DAYS } from "../lib/import-tax/exchange-rates";
import { ageInDays } from "../lib/import-tax/exchange-rates/parsers";

const newest = newestRateDate();
const today = new Date().toISOString().slice(0, 10);
if (newest === null) {
  console.warn("warning: the exchange-rate tables are empty; prices in another currency cannot be converted. Run npm run rates:update.");
} else {
  const age = ageInDays(newest, today);
  if (age > STALE_AFTER_DAYS) {
    console.warn(
      `warning: the newest exchange rate is from ${newest}, ${age} days ago (more than ${STALE_AFTER_DAYS}). ` +
        "Results convert at an older rate and say so. Run npm run rates:update on a machine that is online (lib/import-tax/exchange-rates/README.md).",
    );
  } else {
    console.log(`Exchange rates: newest ${newest} (${age} days old).`);
  }
}
