export { defineFacts, type FactFile } from "./define";
export { fillTemplate, formatFactDate, formatFactValue, type FactForm } from "./format";
export {
  FACTS,
  factChangeLog,
  factCount,
  factDate,
  factDuration,
  factFile,
  factMoney,
  factPercent,
  factPeriods,
  factScope,
  factStatement,
  factText,
  factValueOn,
  factValueText,
  getFact,
  hasFact,
  hasOfficialSource,
  validateFactFiles,
  type FactChangeEntry,
  type FactPeriod,
} from "./registry";
export { FACT_ID_PATTERN, isBareOrigin, type Fact, type FactChange, type FactInput, type FactSource, type FactValue } from "./schema";
