/**
 * The landed-cost engine: a pure function from a validated order (minor units) to what the buyer
 * pays, when, and why. All rule knowledge lives in rules/; this file only applies it.
 */
import { CATEGORY_LABELS, type Category } from "./categories";
import { formatLongDate } from "./dates";
import { dutyRangesFor } from "./duty-ranges";
import { isBelowCollectionMinimum } from "./collection-minimum";
import { allocateProportionally, applyRate, formatMoney, formatRate, type CurrencyCode } from "./money";
import { findRuleVersion, getDestination } from "./rules";
import type {
  ChargeLine,
  ChargeRange,
  Confidence,
  Destination,
  Fee,
  LandedCostEstimate,
  LandedCostInput,
  LandedCostResult,
  PaidWhen,
  Rate,
  Region,
  RuleVersion,
  ScenarioName,
  Source,
  Threshold,
  UnknownCharge,
} from "./types";

/** One input row with its share of shipping and insurance (apportioned by value, as customs do). */
interface Row {
  category: Category;
  unitPrice: number;
  quantity: number;
  goods: number;
  shipping: number;
  insurance: number;
}

/** Collects what a scenario produces; turned into a LandedCostResult at the end. */
interface Ledger {
  lines: ChargeLine[];
  unknownCharges: UnknownCharge[];
  explanation: string[];
  warnings: string[];
  confidences: Confidence[];
  sources: Source[];
}

interface Context {
  destination: Destination;
  version: RuleVersion;
  region: Region | null;
  input: LandedCostInput;
  currency: CurrencyCode;
  taxName: string;
}

const PERCENT_60 = 6_000; // basis points: Japan's personal-use taxable value is 60 % of the retail price
const NEAR_THRESHOLD_BASIS_POINTS = 1_000; // within 10 % of a limit, its uncertainty matters

export function estimateLandedCost(input: LandedCostInput): LandedCostEstimate {
  const context = resolveContext(input);
  if (input.sellerCollectsTax === null) {
    const sellerCollects = computeScenario(context, "sellerCollects");
    const payOnDelivery = computeScenario(context, "payOnDelivery");
    const primary = isDearer(sellerCollects, payOnDelivery) ? sellerCollects : payOnDelivery;
    const other = primary === sellerCollects ? payOnDelivery : sellerCollects;
    const question =
      context.version.sellerScheme.kind === "none"
        ? "whether the seller pays the import charges for you (delivered duty paid)"
        : `whether the seller charges ${context.taxName} at checkout`;
    const note =
      `You don't know ${question}, so we show both outcomes; ` +
      `the figures above are the dearer one (${scenarioLabel(primary.scenario)}: ${atLeast(primary)}${formatMoney(primary.total, context.currency)} in all, ` +
      `against ${atLeast(other)}${formatMoney(other.total, context.currency)} if ${scenarioLabel(other.scenario)}).`;
    return {
      ...primary,
      explanation: [...primary.explanation, note],
      primaryScenario: primary.scenario,
      scenarios: { sellerCollects, payOnDelivery },
      scenarioLabels: scenarioLabels(context),
    };
  }
  const scenario: ScenarioName = input.sellerCollectsTax ? "sellerCollects" : "payOnDelivery";
  const result = computeScenario(context, scenario);
  return { ...result, primaryScenario: scenario, scenarios: null, scenarioLabels: scenarioLabels(context) };
}

/** Box headings in the destination's own terms: a country without VAT gets no "VAT" heading. */
function scenarioLabels(context: Context): LandedCostEstimate["scenarioLabels"] {
  return context.version.sellerScheme.kind === "none"
    ? { sellerCollects: "If the seller pays the import charges (delivered duty paid)", payOnDelivery: "If the charges are collected on delivery" }
    : { sellerCollects: `If the seller charges ${context.taxName} at checkout`, payOnDelivery: "If it is collected on delivery" };
}

const atLeast = (result: LandedCostResult) => (result.totalIsMinimum ? "at least " : "");

function scenarioLabel(scenario: ScenarioName): string {
  return scenario === "sellerCollects" ? "the seller collects at checkout" : "charges are collected on delivery";
}

/** The dearer scenario is the safer one to show first; on a tie, the one with charges at the door. */
function isDearer(a: LandedCostResult, b: LandedCostResult): boolean {
  if (a.total !== b.total) return a.total > b.total;
  if (a.unknownCharges.length !== b.unknownCharges.length) return a.unknownCharges.length > b.unknownCharges.length;
  return a.scenario === "payOnDelivery";
}

function resolveContext(input: LandedCostInput): Context {
  const destination = getDestination(input.destination);
  if (!destination) throw new Error(`Unknown destination "${input.destination}"`);
  const version = findRuleVersion(destination, input.date);
  if (!version) throw new Error(`No ${destination.code} rules for ${input.date}`);
  let region: Region | null = null;
  if (destination.regionLabel !== null) {
    region = version.regions.find((r) => r.code === input.region) ?? null;
    if (!region) throw new Error(`${destination.name} needs a valid region, got "${input.region}"`);
  }
  assertAmounts(input);
  return { destination, version, region, input, currency: version.currency, taxName: region?.taxName ?? version.tax.name };
}

function assertAmounts(input: LandedCostInput): void {
  const amounts = [input.shipping, input.insurance, ...input.items.flatMap((i) => [i.unitPrice, i.quantity])];
  if (input.items.length === 0) throw new Error("An order needs at least one item");
  for (const amount of amounts) {
    if (!Number.isSafeInteger(amount) || amount < 0) throw new Error(`Amounts must be non-negative integers in minor units, got ${amount}`);
  }
  if (input.items.some((i) => i.quantity < 1)) throw new Error("Quantities must be at least 1");
}

function buildRows(input: LandedCostInput): Row[] {
  const goods = input.items.map((item) => item.unitPrice * item.quantity);
  const shipping = allocateProportionally(input.shipping, goods);
  const insurance = allocateProportionally(input.insurance, goods);
  return input.items.map((item, i) => ({
    category: item.category,
    unitPrice: item.unitPrice,
    quantity: item.quantity,
    goods: goods[i] ?? 0,
    shipping: shipping[i] ?? 0,
    insurance: insurance[i] ?? 0,
  }));
}

// ---------------------------------------------------------------------------------------------
// One scenario

function computeScenario(context: Context, scenario: ScenarioName): LandedCostResult {
  const { version, input, region } = context;
  const rows = buildRows(input);
  const ledger: Ledger = {
    lines: [],
    unknownCharges: [],
    explanation: [version.summary],
    warnings: [...version.warnings, ...(region?.notes ?? [])],
    confidences: [version.confidence, (region?.rate ?? version.tax.standard).confidence],
    sources: [...version.sources],
  };
  for (const category of new Set(rows.map((r) => r.category))) {
    const note = version.categoryNotes[category];
    if (note) ledger.warnings.push(note);
  }
  const exchange = input.exchangeRate;
  if (exchange) {
    ledger.explanation.push(
      `Your prices in ${exchange.from} were converted to ${exchange.to} as customs do, at ${exchange.description}: 1 ${exchange.from} = ${exchange.rate} ${exchange.to}. Every limit below is tested on the converted value.`,
    );
    if (exchange.warning) ledger.warnings.push(exchange.warning);
    ledger.confidences.push(exchange.confidence);
    ledger.sources.push(exchange.source);
  }

  const scheme = version.sellerScheme;
  let checkoutRows: Row[] = [];
  let importRows: Row[] = rows;
  let deliveredDutyPaid = false;

  if (scheme.kind === "none") {
    if (scenario === "sellerCollects") {
      deliveredDutyPaid = true;
      ledger.warnings.push(scheme.note);
      ledger.confidences.push("medium");
    }
  } else {
    // The scheme's limit only shapes the result (and its confidence) when the seller collects.
    const split = splitBySchemeEligibility(context, rows, scheme.eligibility, scenario === "sellerCollects" ? ledger : null);
    if (scenario === "sellerCollects") {
      checkoutRows = split.eligible;
      importRows = split.ineligible;
      ledger.confidences.push(scheme.confidence);
      explainScheme(context, scheme, split, ledger);
    } else if (split.eligible.length > 0) {
      ledger.warnings.push(scheme.whenSellerDoesNotCollect.note);
      ledger.confidences.push(scheme.whenSellerDoesNotCollect.confidence);
    }
  }

  if (checkoutRows.length > 0) chargeAtCheckout(context, checkoutRows, ledger);
  if (importRows.length > 0) chargeAtImport(context, importRows, ledger, deliveredDutyPaid ? "checkout" : "delivery");

  const collectsAtDoor = ledger.lines.some((l) => l.paidWhen === "delivery" && l.amount > 0) || (!deliveredDutyPaid && ledger.unknownCharges.length > 0);
  if (collectsAtDoor) chargeFees(context, rows, ledger);
  if (deliveredDutyPaid && ledger.lines.length > 0) {
    ledger.explanation.push("Because the seller ships delivered duty paid, these charges are in the price you pay at checkout and no carrier fee is due at the door.");
  }
  // Added after the fees: a proposed charge does not by itself mean the carrier collects anything.
  for (const pending of version.pendingCharges) {
    if (input.date < pending.from) continue;
    ledger.unknownCharges.push({ id: pending.id, label: pending.label, reason: pending.reason, range: null, certain: false });
    ledger.confidences.push("medium");
  }

  return assemble(context, scenario, rows, ledger);
}

interface SchemeSplit {
  eligible: Row[];
  ineligible: Row[];
  /** The value tested against the limit (consignment scope), for explanations. */
  measured: number | null;
}

function splitBySchemeEligibility(context: Context, rows: Row[], eligibility: Threshold | null, ledger: Ledger | null): SchemeSplit {
  if (eligibility === null) return { eligible: rows, ineligible: [], measured: null };
  if (eligibility.scope === "item") {
    const eligible = rows.filter((row) => passes(perUnitValue(context, row, eligibility.measure), eligibility));
    if (ledger) rows.forEach((row) => noteNearness(context, eligibility, perUnitValue(context, row, eligibility.measure), [row], ledger));
    return { eligible, ineligible: rows.filter((row) => !eligible.includes(row)), measured: null };
  }
  const measured = measure(context, rows, eligibility.measure);
  if (ledger) noteNearness(context, eligibility, measured, rows, ledger);
  return passes(measured, eligibility) ? { eligible: rows, ineligible: [], measured } : { eligible: [], ineligible: rows, measured };
}

function explainScheme(context: Context, scheme: Extract<RuleVersion["sellerScheme"], { kind: "registeredSeller" }>, split: SchemeSplit, ledger: Ledger): void {
  const { currency, taxName } = context;
  const limit = scheme.eligibility ? formatMoney(scheme.eligibility.limit.minor, currency, { compact: true }) : "";
  const comparison = scheme.eligibility?.appliesWhen === "below" ? "under" : "no more than";
  if (scheme.eligibility === null) {
    ledger.explanation.push(scheme.explanation);
  } else if (scheme.eligibility.scope === "item") {
    if (split.eligible.length > 0) {
      const units = split.eligible.reduce((sum, row) => sum + row.quantity, 0);
      ledger.explanation.push(`${capitalise(describeRows(split.eligible))} ${units === 1 ? "is" : "are"} priced ${comparison} ${limit}${units === 1 ? "" : " each"}, so ${scheme.name} applies. ${scheme.explanation}`);
    }
    if (split.ineligible.length > 0) {
      const units = split.ineligible.reduce((sum, row) => sum + row.quantity, 0);
      ledger.warnings.push(`${scheme.name} cannot cover ${describeRows(split.ineligible)}: ${units === 1 ? "it is" : "they are"} priced at ${limit} or more${units === 1 ? "" : " each"}, so ${taxName} and any duty are charged when the parcel is imported, usually collected by the carrier before delivery.`);
    }
  } else if (split.eligible.length > 0) {
    ledger.explanation.push(`Your goods come to ${formatMoney(split.measured ?? 0, currency)}, ${comparison} ${limit}, so ${scheme.name} applies. ${scheme.explanation}`);
  } else {
    ledger.warnings.push(
      `${scheme.name} cannot apply: your goods come to ${formatMoney(split.measured ?? 0, currency)}, over the ${limit} limit. ${capitalise(taxName)} and any duty are charged when the parcel is imported, usually collected by the carrier before delivery. If the seller promised to pay import charges for you (delivered duty paid), they should be in the price instead.`,
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Seller-collected scheme (checkout)

function chargeAtCheckout(context: Context, rows: Row[], ledger: Ledger): void {
  const { version } = context;
  const scheme = version.sellerScheme;
  if (scheme.kind !== "registeredSeller") return;

  const dutyByCategory = new Map<Category, number>();
  switch (scheme.duty) {
    case "none":
      ledger.explanation.push("No customs duty is due on goods sold under this scheme.");
      break;
    case "lowValueDutyAtCheckout":
      chargeLowValueDuty(context, rows, ledger, "checkout", dutyByCategory, scheme.confidence);
      ledger.explanation.push(`Under ${scheme.name} the seller or platform normally pays this duty and charges it to you at checkout; ${context.taxName} is charged on the sale price and is not changed by the duty.`);
      break;
    case "normalDutyAtCheckout":
      chargeNormalDuty(context, rows, ledger, "checkout", dutyByCategory);
      break;
    case "importDuty":
      chargeImportDuty(context, rows, ledger, "delivery", dutyByCategory);
      break;
  }

  const components = scheme.taxBase;
  const groups = groupByTaxRate(context, rows);
  for (const group of groups) {
    const basis = group.rows.reduce((sum, row) => sum + taxBaseOf(context, row, components, NO_DUTY), 0);
    addTaxLine(context, ledger, group, basis, "checkout", `${capitalise(context.taxName)} charged by the seller at checkout on ${describeComponents(components, group.rows)}.`);
  }
}

// ---------------------------------------------------------------------------------------------
// Import (border)

function chargeAtImport(context: Context, rows: Row[], ledger: Ledger, paidWhen: PaidWhen): void {
  const dutyByCategory = new Map<Category, number>();
  chargeImportDuty(context, rows, ledger, paidWhen, dutyByCategory);
  chargeImportTax(context, rows, ledger, paidWhen, dutyByCategory);
}

function chargeImportDuty(context: Context, rows: Row[], ledger: Ledger, paidWhen: PaidWhen, dutyByCategory: Map<Category, number>): void {
  const { version, currency } = context;
  const threshold = version.duty.threshold;
  let normalRows = rows;
  if (threshold) {
    const measured = measure(context, rows, threshold.measure);
    noteNearness(context, threshold, measured, rows, ledger);
    if (!passes(measured, threshold)) {
      ledger.explanation.push(`Customs duty is due: the ${describeMeasure(threshold.measure)} (${formatMoney(measured, currency)}) is over ${formatMoney(threshold.limit.minor, currency, { compact: true })}.`);
    } else {
      const relieved = rows.filter((row) => !threshold.excludedCategories.includes(row.category));
      normalRows = rows.filter((row) => threshold.excludedCategories.includes(row.category));
      if (relieved.length > 0) {
        const limit = formatMoney(threshold.limit.minor, currency, { compact: true });
        if (version.duty.lowValue.kind === "perTariffLine") {
          chargeLowValueDuty(context, relieved, ledger, paidWhen, dutyByCategory, version.duty.lowValue.confidence);
          ledger.warnings.push(version.duty.lowValue.note);
        } else {
          ledger.explanation.push(`No customs duty: the ${describeMeasure(threshold.measure)} (${formatMoney(measured, currency)}) is ${threshold.appliesWhen === "below" ? "under" : "no more than"} ${limit}.`);
        }
      }
    }
  }
  if (normalRows.length > 0) chargeNormalDuty(context, normalRows, ledger, paidWhen, dutyByCategory);
}

/** EU from 1 July 2026: a flat amount per tariff line; we count one line per category. */
function chargeLowValueDuty(context: Context, rows: Row[], ledger: Ledger, paidWhen: PaidWhen, dutyByCategory: Map<Category, number>, confidence: Confidence): void {
  const lowValue = context.version.duty.lowValue;
  if (lowValue.kind !== "perTariffLine") throw new Error(`${context.version.id}: scheme expects a per-line duty`);
  const categories = [...new Set(rows.map((r) => r.category))];
  const perLine = lowValue.amount.minor;
  categories.forEach((category) => dutyByCategory.set(category, (dutyByCategory.get(category) ?? 0) + perLine));
  const lineCount = categories.length;
  const amountText = formatMoney(perLine, context.currency);
  ledger.lines.push({
    id: `duty-low-value-${paidWhen}`,
    kind: "duty",
    label: "Customs duty on a low-value parcel (flat amount per tariff line)",
    amount: perLine * lineCount,
    basis: rows.reduce((sum, row) => sum + row.goods, 0),
    rate: `${amountText} × ${lineCount} tariff line${lineCount === 1 ? "" : "s"}`,
    paidWhen,
    explanation: `A flat ${amountText} per tariff line replaces the old duty relief for parcels worth €150 or less (until 30 June 2028). Items of one kind count as one line: your ${lineCount} ${lineCount === 1 ? "category counts" : "categories count"} as ${lineCount} line${lineCount === 1 ? "" : "s"}.`,
  });
  ledger.confidences.push(confidence);
}

function chargeNormalDuty(context: Context, rows: Row[], ledger: Ledger, paidWhen: PaidWhen, dutyByCategory: Map<Category, number>): void {
  const { version, input, currency } = context;
  const rates = version.duty.rates;
  if (rates.kind === "unconfirmed") {
    addUnknownDuty(context, rows, ledger, rates.reason);
    return;
  }
  if (rates.kind === "flat" && !rates.channels.includes(input.channel)) {
    addUnknownDuty(context, rows, ledger, rates.otherChannelsReason);
    return;
  }
  const base = version.duty.base;
  for (const [category, categoryRows] of groupByCategory(rows)) {
    const rate: Rate = rates.kind === "flat" ? rates.rate : (rates.byCategory[category] ?? rates.general);
    const basis = categoryRows.reduce((sum, row) => sum + dutyBaseOf(row, base), 0);
    const amount = applyRate(basis, rate.basisPoints);
    ledger.confidences.push(rate.confidence);
    ledger.sources.push(...(rate.sources ?? []));
    dutyByCategory.set(category, (dutyByCategory.get(category) ?? 0) + amount);
    const label = CATEGORY_LABELS[category].toLowerCase();
    if (rate.basisPoints === 0) {
      ledger.explanation.push(`No customs duty on ${label}: the rate is 0 %.${rate.note ? " " + rate.note : ""}`);
      continue;
    }
    ledger.lines.push({
      id: `duty-${category}-${paidWhen}`,
      kind: "duty",
      label: `Customs duty on ${label}`,
      amount,
      basis,
      rate: formatRate(rate.basisPoints),
      paidWhen,
      explanation: `${formatRate(rate.basisPoints)} of ${formatMoney(basis, currency)}, the ${describeDutyBase(base)}.${rate.note ? " " + rate.note : ""}`,
    });
  }
}

function addUnknownDuty(context: Context, rows: Row[], ledger: Ledger, reason: string): void {
  const range = dutyRange(context, rows);
  ledger.unknownCharges.push({ id: "duty", label: "Customs duty", reason, range, certain: true });
  ledger.warnings.push(`Customs duty is due but not included in the total: ${reason}`);
  ledger.confidences.push("low");
}

/** What the duty comes to at the ends of the official range of normal rates, when every category has one. */
function dutyRange(context: Context, rows: Row[]): ChargeRange | null {
  const table = dutyRangesFor(context.destination.code);
  if (!table) return null;
  let min = 0;
  let max = 0;
  const parts: string[] = [];
  for (const [category, categoryRows] of groupByCategory(rows)) {
    const range = table.byCategory[category];
    if (!range) return null;
    const basis = categoryRows.reduce((sum, row) => sum + dutyBaseOf(row, context.version.duty.base), 0);
    min += applyRate(basis, range.minBasisPoints);
    max += applyRate(basis, range.maxBasisPoints);
    const label = CATEGORY_LABELS[category].toLowerCase();
    parts.push(range.maxBasisPoints === 0 ? `${label} free (${range.headings})` : `${label} ${formatRate(range.minBasisPoints)} to ${formatRate(range.maxBasisPoints)} (${range.headings})`);
  }
  return { min, max, basis: `${capitalise(table.name)}: ${parts.join("; ")}, checked ${formatLongDate(table.lastVerified)}.`, excludes: table.excludes, sources: table.sources };
}

function chargeImportTax(context: Context, rows: Row[], ledger: Ledger, paidWhen: PaidWhen, dutyByCategory: Map<Category, number>): void {
  const { version, currency, taxName } = context;
  const rule = version.tax.import;
  let taxedRows = rows;
  if (rule.threshold) {
    const threshold = rule.threshold;
    const measured = measure(context, rows, threshold.measure);
    noteNearness(context, threshold, measured, rows, ledger);
    const limit = formatMoney(threshold.limit.minor, currency, { compact: true });
    if (passes(measured, threshold)) {
      taxedRows = rows.filter((row) => threshold.excludedCategories.includes(row.category));
      ledger.explanation.push(`No ${taxName} at import: the ${describeMeasure(threshold.measure)} (${formatMoney(measured, currency)}) is ${threshold.appliesWhen === "below" ? "under" : "no more than"} ${limit}.`);
      if (taxedRows.length > 0) ledger.explanation.push(`${capitalise(describeRows(taxedRows))} ${taxedRows.length === 1 ? "is" : "are"} not covered by that exemption and taxed in full.`);
    } else {
      ledger.explanation.push(`${capitalise(taxName)} is due at import: the ${describeMeasure(threshold.measure)} (${formatMoney(measured, currency)}) is over ${limit}.`);
    }
  }
  if (taxedRows.length === 0) return;

  // A destination with no import tax at all (the US has no federal VAT).
  if (version.tax.standard.basisPoints === 0 && Object.keys(version.tax.byCategory).length === 0) return;
  const groups = groupByTaxRate(context, taxedRows);
  const dutyOfRow = dutySharesByRow(taxedRows, dutyByCategory);
  const withoutFee = rule.base.filter((c) => c !== "carrierFee");
  const bases = groups.map((group) => group.rows.reduce((sum, row) => sum + taxBaseOf(context, row, withoutFee, dutyOfRow), 0));
  const amounts = groups.map((group, i) => applyRate(bases[i] ?? 0, group.rate.basisPoints));
  const totalTax = amounts.reduce((a, b) => a + b, 0);

  // Small amounts the authority does not collect (CH: CHF 5 or less of VAT, tested before the
  // clearance fee; DE: under €1 of duty and VAT together, so the duty lines go too).
  const notCollected = rule.notCollected;
  const duty = [...dutyByCategory.values()].reduce((a, b) => a + b, 0);
  if (notCollected && isBelowCollectionMinimum(notCollected, totalTax, duty)) {
    const withDuty = notCollected.covers === "importCharges" && duty > 0;
    if (withDuty) ledger.lines = ledger.lines.filter((line) => !(line.kind === "duty" && line.paidWhen === paidWhen));
    const owed = withDuty ? `Import charges of ${formatMoney(totalTax + duty, currency)}` : `${capitalise(taxName)} of ${formatMoney(totalTax, currency)}`;
    if (totalTax + (withDuty ? duty : 0) > 0) ledger.explanation.push(`${owed} would be due, but ${withDuty ? "they are" : "it is"} not collected: ${notCollected.note}`);
    return;
  }

  // Fees that are part of the tax base (Swiss clearance fee) are added once we know tax is collected.
  const feeInBase = rule.base.includes("carrierFee") && paidWhen === "delivery" ? feesInTaxBase(context, rows) : 0;
  const feeShares = allocateProportionally(feeInBase, bases);
  if (totalTax > 0) {
    ledger.explanation.push(
      paidWhen === "delivery"
        ? `${capitalise(taxName)} is charged when the parcel is imported, on ${describeComponents(feeInBase > 0 ? rule.base : withoutFee, taxedRows)}, and collected from you before delivery.`
        : `${capitalise(taxName)} on ${describeComponents(withoutFee, taxedRows)} is part of the delivered-duty-paid price.`,
    );
  }
  groups.forEach((group, i) => {
    const basis = (bases[i] ?? 0) + (feeShares[i] ?? 0);
    const components = feeInBase > 0 ? rule.base : withoutFee;
    addTaxLine(context, ledger, group, basis, paidWhen, `Import ${taxName} on ${describeComponents(components, group.rows)}.`);
  });
}

interface TaxGroup {
  rate: Rate;
  rows: Row[];
}

function groupByTaxRate(context: Context, rows: Row[]): TaxGroup[] {
  const { version, region } = context;
  const groups = new Map<number, TaxGroup>();
  for (const row of rows) {
    const rate = region?.byCategory[row.category] ?? (region ? region.rate : (version.tax.byCategory[row.category] ?? version.tax.standard));
    const key = rate.basisPoints;
    const group = groups.get(key) ?? { rate, rows: [] };
    group.rows.push(row);
    groups.set(key, group);
  }
  return [...groups.values()];
}

function addTaxLine(context: Context, ledger: Ledger, group: TaxGroup, basis: number, paidWhen: PaidWhen, explanation: string): void {
  const { currency, taxName } = context;
  ledger.confidences.push(group.rate.confidence);
  ledger.sources.push(...(group.rate.sources ?? []));
  const amount = applyRate(basis, group.rate.basisPoints);
  const categories = [...new Set(group.rows.map((r) => CATEGORY_LABELS[r.category].toLowerCase()))].join(", ");
  if (group.rate.basisPoints === 0) {
    ledger.explanation.push(`No ${taxName} on ${categories}: the rate is 0 %.${group.rate.note ? " " + group.rate.note : ""}`);
    return;
  }
  ledger.lines.push({
    id: `tax-${group.rate.basisPoints}-${paidWhen}`,
    kind: "tax",
    label: `${capitalise(taxName)} at ${formatRate(group.rate.basisPoints)}`,
    amount,
    basis,
    rate: formatRate(group.rate.basisPoints),
    paidWhen,
    explanation: `${explanation} ${formatRate(group.rate.basisPoints)} of ${formatMoney(basis, currency)} (${categories}).${group.rate.note ? " " + group.rate.note : ""}`,
  });
}

// ---------------------------------------------------------------------------------------------
// Fees

function applicableFees(context: Context, rows: Row[]): Fee[] {
  const goods = rows.reduce((sum, row) => sum + row.goods, 0);
  return context.version.fees.filter(
    (fee) =>
      fee.channels.includes(context.input.channel) &&
      (fee.goodsAbove === null || goods > fee.goodsAbove.minor) &&
      (fee.goodsAtMost === null || goods <= fee.goodsAtMost.minor),
  );
}

function feesInTaxBase(context: Context, rows: Row[]): number {
  return applicableFees(context, rows)
    .filter((fee) => fee.includedInTaxBase)
    .reduce((sum, fee) => sum + fee.amount.minor, 0);
}

function chargeFees(context: Context, rows: Row[], ledger: Ledger): void {
  const { currency, destination, input } = context;
  const fees = applicableFees(context, rows);
  for (const fee of fees) {
    ledger.lines.push({
      id: fee.id,
      kind: "fee",
      label: fee.label,
      amount: fee.amount.minor,
      basis: null,
      rate: "flat fee",
      paidWhen: "delivery",
      explanation: `${fee.note} Fee last checked ${formatLongDate(fee.asOf)}${fee.confidence === "high" ? "" : "; carriers change their fees, so treat it as a guide"}.`,
    });
    ledger.sources.push(...fee.sources);
  }
  if (!fees.some((fee) => fee.kind === "carrier")) {
    ledger.warnings.push(
      `The ${input.channel === "post" ? "postal service" : "courier"} may charge its own fee for collecting duty or tax; we have no checked figure for ${input.channel} parcels to ${nameInSentence(destination.name)}, so none is included.`,
    );
  }
  if (fees.length > 0) {
    ledger.explanation.push(`Something is collected at the door, so we add ${fees.length === 1 ? "an indicative fee" : "indicative fees"}: ${fees.map((f) => `${f.label}, ${formatMoney(f.amount.minor, currency)}`).join("; ")}.`);
  }
}

// ---------------------------------------------------------------------------------------------
// Measures and bases

function dutyBaseOf(row: Row, base: RuleVersion["duty"]["base"]): number {
  switch (base) {
    case "fob":
      return row.goods;
    case "cif":
      return row.goods + row.shipping + row.insurance;
    case "personalUse60":
      return applyRate(row.goods, PERCENT_60) + row.shipping + row.insurance;
  }
}

function measure(context: Context, rows: Row[], what: Threshold["measure"]): number {
  return rows.reduce((sum, row) => sum + measureRow(context, row, what), 0);
}

function measureRow(context: Context, row: Row, what: Threshold["measure"]): number {
  switch (what) {
    case "goods":
      return row.goods;
    case "goodsShippingInsurance":
      return row.goods + row.shipping + row.insurance;
    case "customsValue":
      return dutyBaseOf(row, context.version.duty.base);
  }
}

/** Value of one unit of a row; rounded up so an item is never treated as cheaper than it is. */
function perUnitValue(context: Context, row: Row, what: Threshold["measure"]): number {
  return Math.ceil(measureRow(context, row, what) / row.quantity);
}

function passes(value: number, threshold: Threshold): boolean {
  return threshold.appliesWhen === "atOrBelow" ? value <= threshold.limit.minor : value < threshold.limit.minor;
}

/**
 * A threshold whose amount was converted from another currency, or whose measure is disputed,
 * only matters when the order is close to it: then the result carries that uncertainty.
 */
function noteNearness(context: Context, threshold: Threshold, value: number, rows: Row[], ledger: Ledger): void {
  const limit = threshold.limit;
  const near = Math.abs(value - limit.minor) * 10_000 <= limit.minor * NEAR_THRESHOLD_BASIS_POINTS;
  const uncertainMeasure =
    threshold.confidence !== "high" &&
    threshold.measure === "goods" &&
    passes(value, threshold) !== passes(measure(context, rows, "goodsShippingInsurance"), threshold);
  if (!near && !uncertainMeasure) return;
  ledger.confidences.push(threshold.confidence);
  if (threshold.note && uncertainMeasure) ledger.warnings.push(`Your order is close to the ${formatMoney(limit.minor, context.currency, { compact: true })} limit. ${threshold.note}`);
  if (limit.conversion && near) {
    ledger.confidences.push(limit.conversion.confidence);
    ledger.warnings.push(`Your order is close to the ${formatMoney(limit.minor, context.currency, { compact: true })} limit, which the law sets as ${limit.conversion.amount} ${limit.conversion.from}. ${limit.conversion.note}`);
  }
}

const NO_DUTY: ReadonlyMap<Row, number> = new Map();

type TaxComponent = RuleVersion["tax"]["import"]["base"][number];

/** The part of a tax base one row contributes (the clearance fee is added per group, not per row). */
function taxBaseOf(context: Context, row: Row, components: readonly TaxComponent[], dutyOfRow: ReadonlyMap<Row, number>): number {
  let sum = 0;
  for (const component of components) {
    if (component === "goods") sum += row.goods;
    else if (component === "shipping") sum += row.shipping;
    else if (component === "insurance") sum += row.insurance;
    else if (component === "customsValue") sum += dutyBaseOf(row, context.version.duty.base);
    else if (component === "duty") sum += dutyOfRow.get(row) ?? 0;
  }
  return sum;
}

/**
 * Duty is computed per category; each category's duty is split among its rows by goods value, so
 * that a tax group's base includes each category's duty exactly once.
 */
function dutySharesByRow(rows: Row[], dutyByCategory: Map<Category, number>): Map<Row, number> {
  const shares = new Map<Row, number>();
  for (const [category, categoryRows] of groupByCategory(rows)) {
    const split = allocateProportionally(dutyByCategory.get(category) ?? 0, categoryRows.map((r) => r.goods));
    categoryRows.forEach((row, i) => shares.set(row, split[i] ?? 0));
  }
  return shares;
}

function groupByCategory(rows: Row[]): Map<Category, Row[]> {
  const groups = new Map<Category, Row[]>();
  for (const row of rows) groups.set(row.category, [...(groups.get(row.category) ?? []), row]);
  return groups;
}

// ---------------------------------------------------------------------------------------------
// Words

function describeRows(rows: Row[]): string {
  const labels = [...new Set(rows.map((r) => CATEGORY_LABELS[r.category].toLowerCase()))];
  const count = rows.reduce((sum, r) => sum + r.quantity, 0);
  return `${count === 1 ? "your item" : `your ${count} items`} (${labels.join(", ")})`;
}

function describeMeasure(measure: Threshold["measure"]): string {
  switch (measure) {
    case "goods":
      return "value of the goods";
    case "goodsShippingInsurance":
      return "value including shipping and insurance";
    case "customsValue":
      return "taxable value";
  }
}

function describeDutyBase(base: RuleVersion["duty"]["base"]): string {
  switch (base) {
    case "fob":
      return "value of the goods (shipping is not included)";
    case "cif":
      return "value of the goods plus shipping and insurance";
    case "personalUse60":
      return "taxable value (60 % of the goods' price, plus shipping and insurance)";
  }
}

function describeComponents(components: readonly string[], rows: Row[]): string {
  const present = components.filter((c) => {
    if (c === "shipping") return rows.some((r) => r.shipping > 0);
    if (c === "insurance") return rows.some((r) => r.insurance > 0);
    return true;
  });
  const words: Record<string, string> = {
    goods: "the goods",
    shipping: "shipping",
    insurance: "insurance",
    customsValue: "the taxable value",
    duty: "duty",
    carrierFee: "the clearance fee",
  };
  const list = present.map((c) => words[c] ?? c);
  return list.length <= 1 ? (list[0] ?? "the goods") : `${list.slice(0, -1).join(", ")} and ${list.at(-1)}`;
}

/** "the United States", "the Netherlands", but "Germany". */
function nameInSentence(name: string): string {
  return /^(United |Netherlands)/.test(name) ? `the ${name}` : name;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// ---------------------------------------------------------------------------------------------
// Result

const CONFIDENCE_ORDER: Confidence[] = ["low", "medium", "high"];

function lowest(confidences: Confidence[]): Confidence {
  return CONFIDENCE_ORDER.find((c) => confidences.includes(c)) ?? "high";
}

function uniqueSources(sources: Source[]): Source[] {
  const seen = new Set<string>();
  return sources.filter((s) => (seen.has(s.url + s.title) ? false : (seen.add(s.url + s.title), true)));
}

function sumOf(lines: ChargeLine[], predicate: (line: ChargeLine) => boolean): number {
  return lines.filter(predicate).reduce((sum, line) => sum + line.amount, 0);
}

function assemble(context: Context, scenario: ScenarioName, rows: Row[], ledger: Ledger): LandedCostResult {
  const { version, input, region, currency, taxName } = context;
  const goods = rows.reduce((sum, row) => sum + row.goods, 0);
  const duty = sumOf(ledger.lines, (l) => l.kind === "duty");
  const tax = sumOf(ledger.lines, (l) => l.kind === "tax");
  const fees = sumOf(ledger.lines, (l) => l.kind === "fee");
  const total = goods + input.shipping + input.insurance + duty + tax + fees;
  const payOnDelivery = sumOf(ledger.lines, (l) => l.paidWhen === "delivery");
  const payAtCheckout = total - payOnDelivery;
  const confidence = lowest(ledger.confidences);
  const unknown = ledger.unknownCharges;
  const totalIsMinimum = unknown.length > 0;
  const ranges = unknown.map((u) => u.range);
  const totalRange = totalIsMinimum && ranges.every((r): r is ChargeRange => r !== null)
    ? { min: total + ranges.reduce((sum, r) => sum + r.min, 0), max: total + ranges.reduce((sum, r) => sum + r.max, 0) }
    : null;

  const missing = unknown.map((u) => (u.certain ? u.label.toLowerCase() : `any ${u.label}`)).join(" and ");
  const closing = totalIsMinimum
    ? `You pay ${formatMoney(payAtCheckout, currency)} at checkout` +
      (payOnDelivery > 0 ? ` and at least ${formatMoney(payOnDelivery, currency)} before delivery` : "") +
      `: at least ${formatMoney(total, currency)} in all, plus ${missing}, which we cannot estimate` +
      (totalRange ? ` (at normal rates, ${formatMoney(totalRange.min, currency)} to ${formatMoney(totalRange.max, currency)} in all, before any surcharge).` : ".")
    : `You pay ${formatMoney(payAtCheckout, currency)} at checkout` +
      (payOnDelivery > 0 ? ` and ${formatMoney(payOnDelivery, currency)} before delivery` : " and nothing on delivery") +
      `: ${formatMoney(total, currency)} in all.`;
  for (const charge of unknown) if (charge.range) ledger.sources.push(...charge.range.sources);
  if (confidence === "low") ledger.warnings.push("Low confidence: part of this estimate rests on rules or rates we could not confirm. Check with the carrier or customs before relying on it.");

  return {
    destination: context.destination.code,
    region: region?.code ?? null,
    date: input.date,
    ruleVersion: version.id,
    scenario,
    currency,
    goods,
    shipping: input.shipping,
    insurance: input.insurance,
    duty,
    tax,
    taxName,
    taxRate: (region?.rate ?? version.tax.standard).basisPoints / 100,
    fees,
    total,
    totalIsMinimum,
    totalRange,
    payAtCheckout,
    payOnDelivery,
    lines: ledger.lines,
    unknownCharges: ledger.unknownCharges,
    explanation: [...ledger.explanation, closing],
    warnings: [...new Set(ledger.warnings)],
    assumptions: version.assumptions,
    sources: uniqueSources(ledger.sources),
    confidence,
    rulesVerified: version.lastVerified,
    rulesInForceFrom: version.validFrom,
    priceCurrency: input.priceCurrency ?? currency,
    exchangeRate: input.exchangeRate ?? null,
  };
}
