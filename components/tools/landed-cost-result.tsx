import type { ApiLandedCostEstimate, ApiLandedCostResult } from "@/lib/import-tax";
import { formatIsoDate } from "@/lib/site/format";

/** Presentational only (no hooks), so the calculator can render it on the server and in the browser alike. */

export function formatMoney(amount: number, currency: string, minorDigits: number): string {
  try {
    return new Intl.NumberFormat("en-GB", { style: "currency", currency, minimumFractionDigits: minorDigits, maximumFractionDigits: minorDigits }).format(amount);
  } catch {
    return `${amount.toFixed(minorDigits)} ${currency}`;
  }
}

const SEGMENTS = [
  { key: "goods", label: "Goods", fill: "var(--brand)" },
  { key: "shipping", label: "Shipping", fill: "#6b8f85" },
  { key: "insurance", label: "Insurance", fill: "#9bb7ae" },
  { key: "duty", label: "Duty", fill: "#b4541d" },
  { key: "tax", label: "Tax", fill: "#d9903d" },
  { key: "fees", label: "Fees", fill: "#7c5cbf" },
] as const;

const CONFIDENCE_TEXT = {
  high: "High: the rules are settled and checked against official sources.",
  medium: "Medium: part of this rule is unsettled or from a secondary source; check before relying on it.",
  low: "Low: the current rule is not confirmed. Treat this as a rough guide only.",
} as const;

/** A stacked bar of where the money goes, with the figures in the legend so nothing depends on colour. */
export function CostBar({ result }: { result: ApiLandedCostResult }) {
  const money = (n: number) => formatMoney(n, result.currency, result.currencyMinorDigits);
  const parts = SEGMENTS.map((s) => ({ ...s, value: result[s.key] })).filter((p) => p.value > 0);
  const total = parts.reduce((sum, p) => sum + p.value, 0);
  let x = 0;
  return (
    <figure className="mt-6">
      <svg viewBox="0 0 600 40" preserveAspectRatio="none" className="h-10 w-full" role="img" aria-label={`Cost breakdown: ${parts.map((p) => `${p.label} ${money(p.value)}`).join(", ")}`}>
        {parts.map((part) => {
          const width = total > 0 ? (part.value / total) * 600 : 0;
          const rect = <rect key={part.key} x={x} y={0} width={Math.max(width, 0)} height={40} fill={part.fill} stroke="var(--paper)" strokeWidth="1" />;
          x += width;
          return rect;
        })}
      </svg>
      <figcaption>
        <ul className="mt-3 flex flex-wrap gap-x-5 gap-y-1 text-base">
          {parts.map((part) => (
            <li key={part.key} className="flex items-center gap-2">
              <span aria-hidden="true" className="inline-block size-3.5" style={{ background: part.fill }} />
              {part.label} <strong>{money(part.value)}</strong>
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}

function Summary({ result }: { result: ApiLandedCostResult }) {
  const money = (n: number) => formatMoney(n, result.currency, result.currencyMinorDigits);
  const minimum = result.totalIsMinimum;
  // A charge known to be due but not estimable is paid where this scenario pays its charges.
  const certain = result.unknownCharges.filter((c) => c.certain);
  const unknownAt = certain.length === 0 ? null : result.scenario === "sellerCollects" ? "checkout" : "delivery";
  const unknownNames = certain.map((c) => c.label.toLowerCase()).join(" and ");
  return (
    <>
      <dl className="grid grid-cols-[1fr_auto] gap-x-6 gap-y-1 text-lg">
        <dt>Paid at checkout</dt>
        <dd className="text-right font-semibold">
          {money(result.payAtCheckout)}
          {unknownAt === "checkout" ? <span className="block text-base font-normal">+ {unknownNames}</span> : null}
        </dd>
        <dt>Paid on delivery</dt>
        <dd className="text-right font-semibold">
          {money(result.payOnDelivery)}
          {unknownAt === "delivery" ? <span className="block text-base font-normal">+ {unknownNames}</span> : null}
        </dd>
        <dt className="border-t-2 border-ink pt-1 font-bold">Total cost at your door</dt>
        <dd className="border-t-2 border-ink pt-1 text-right text-2xl font-bold">
          {minimum ? <span className="block text-base">at least</span> : null}
          {money(result.total)}
        </dd>
      </dl>
      {minimum ? <MissingFromTotal result={result} /> : null}
    </>
  );
}

/** Next to the total, never only below it: what the total leaves out, and the official range where one exists. */
function MissingFromTotal({ result }: { result: ApiLandedCostResult }) {
  const money = (n: number) => formatMoney(n, result.currency, result.currencyMinorDigits);
  const due = result.unknownCharges.filter((c) => c.certain).map((c) => c.label.toLowerCase());
  const maybe = result.unknownCharges.filter((c) => !c.certain).map((c) => `the proposed ${c.label}`);
  return (
    <p className="mt-2 border-l-4 border-warning bg-warning-bg px-3 py-2 text-base">
      <strong>Not final:</strong>
      {due.length > 0 ? ` ${capitalise(due.join(" and "))} is due but not included, because no rate is confirmed.` : null}
      {maybe.length > 0 ? ` ${capitalise(maybe.join(" and "))} may also be charged; it is not confirmed, so it is not included.` : null}
      {result.totalRange
        ? ` At the normal (MFN) rates it would come to ${money(result.totalRange.min)} to ${money(result.totalRange.max)} in all, before any surcharge.`
        : due.length > 0
          ? " We can't say how much it will be."
          : null}
    </p>
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Which rate converted the prices, its date and where it comes from. */
function ExchangeRateNote({ result }: { result: ApiLandedCostResult }) {
  const rate = result.exchangeRate;
  if (!rate) return null;
  return (
    <p className="mt-4 text-base">
      <strong>Prices converted from {rate.from}:</strong> 1 {rate.from} = {rate.rate} {rate.to}, {rate.description}.{" "}
      <a href={rate.source.url} rel="noopener noreferrer external">
        {rate.source.title}
      </a>
      {rate.basis === "customs" ? null : <span className="text-muted"> Not the customs rate itself: see below.</span>}
    </p>
  );
}

/** On phones each row is stacked with its column names (like GOV.UK summary lists): nothing scrolls sideways. */
function Lines({ result }: { result: ApiLandedCostResult }) {
  const money = (n: number) => formatMoney(n, result.currency, result.currencyMinorDigits);
  if (result.lines.length === 0) {
    return result.totalIsMinimum ? (
      <p className="mt-4">No charge we can work out yet: {result.unknownCharges.map((c) => (c.certain ? `${c.label.toLowerCase()} is due but its rate is not confirmed` : `${c.label} may be charged`)).join("; ")}.</p>
    ) : (
      <p className="mt-4">No duty, tax or fees are due on this order.</p>
    );
  }
  const cell = "py-2 pr-3 max-sm:flex max-sm:justify-between max-sm:gap-4 max-sm:py-1 max-sm:pr-0 max-sm:before:font-semibold max-sm:before:content-[attr(data-label)]";
  return (
    <div className="mt-4 sm:overflow-x-auto">
      <table role="table" className="w-full border-collapse text-left text-base max-sm:block sm:min-w-[32rem]">
        <caption className="visually-hidden">Each charge with what it is worked out on</caption>
        <thead role="rowgroup" className="max-sm:sr-only">
          <tr role="row" className="border-b-2 border-ink">
            <th role="columnheader" scope="col" className="py-2 pr-3">Charge</th>
            <th role="columnheader" scope="col" className="py-2 pr-3">Worked out on</th>
            <th role="columnheader" scope="col" className="py-2 pr-3">Rate</th>
            <th role="columnheader" scope="col" className="py-2 pr-3 text-right">Amount</th>
            <th role="columnheader" scope="col" className="py-2">When</th>
          </tr>
        </thead>
        <tbody role="rowgroup" className="max-sm:block">
          {result.lines.map((line) => (
            <tr role="row" key={line.id} className="border-b border-line align-top max-sm:block max-sm:py-2">
              <th role="rowheader" scope="row" className="py-2 pr-3 font-semibold max-sm:block max-sm:pr-0">
                {line.label}
                <span className="mt-0.5 block text-sm font-normal text-muted">{line.explanation}</span>
              </th>
              <td role="cell" data-label="Worked out on" className={cell}>{line.basis === null ? "Nothing: a flat fee" : money(line.basis)}</td>
              <td role="cell" data-label="Rate" className={cell}>{line.basis === null ? "Fixed" : line.rate}</td>
              <td role="cell" data-label="Amount" className={`${cell} font-semibold sm:text-right`}>{money(line.amount)}</td>
              <td role="cell" data-label="When" className={`${cell} sm:pr-0`}>{line.paidWhen === "checkout" ? "At checkout" : "On delivery"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Scenario({ title, result }: { title: string; result: ApiLandedCostResult }) {
  return (
    <div className="border-2 border-line p-4">
      <h4 className="mb-2 text-lg font-bold">{title}</h4>
      <Summary result={result} />
    </div>
  );
}

export function LandedCostResult({ estimate, headingLevel = 2 }: { estimate: ApiLandedCostEstimate; headingLevel?: 2 | 3 }) {
  const H = headingLevel === 2 ? "h2" : "h3";
  const Sub = headingLevel === 2 ? "h3" : "h4";
  return (
    <section aria-labelledby="landed-cost-result" className="not-prose">
      <H id="landed-cost-result" className="text-2xl font-bold">
        Your estimate
      </H>
      {estimate.scenarios ? (
        <>
          <p className="mt-2">
            You did not say whether the seller collects the import charges at checkout, so here are both cases. The breakdown
            below is for the dearer one.
          </p>
          <div className="mt-4 grid gap-4 md:grid-cols-2">
            <Scenario title={estimate.scenarioLabels.sellerCollects} result={estimate.scenarios.sellerCollects} />
            <Scenario title={estimate.scenarioLabels.payOnDelivery} result={estimate.scenarios.payOnDelivery} />
          </div>
        </>
      ) : (
        <div className="mt-4 max-w-xl">
          <Summary result={estimate} />
        </div>
      )}

      <ExchangeRateNote result={estimate} />

      {estimate.unknownCharges.length > 0 ? (
        <div className="mt-6 border-l-8 border-warning bg-warning-bg p-4">
          <p className="font-bold">Not included in the total, because the rule or rate is not confirmed:</p>
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {estimate.unknownCharges.map((charge) => (
              <li key={charge.id}>
                <strong>{charge.label}:</strong> {charge.reason}
                {charge.range ? (
                  <>
                    {" "}
                    {charge.range.basis} On this order that is {formatMoney(charge.range.min, estimate.currency, estimate.currencyMinorDigits)} to{" "}
                    {formatMoney(charge.range.max, estimate.currency, estimate.currencyMinorDigits)}. {charge.range.excludes}
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <CostBar result={estimate} />
      <Lines result={estimate} />

      {estimate.warnings.length > 0 ? (
        <div className="mt-6">
          <Sub className="text-xl font-bold">Watch out</Sub>
          <ul className="mt-2 space-y-2">
            {estimate.warnings.map((warning) => (
              <li key={warning} className="flex gap-3 border-l-4 border-warning pl-3">
                <span className="visually-hidden">Warning: </span>
                {warning}
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <div className="mt-6">
        <Sub className="text-xl font-bold">How this was worked out</Sub>
        <ul className="mt-2 list-disc space-y-1.5 pl-6">
          {estimate.explanation.map((sentence) => (
            <li key={sentence}>{sentence}</li>
          ))}
        </ul>
        {estimate.assumptions.length > 0 ? (
          <details className="mt-3">
            <summary className="cursor-pointer text-link underline underline-offset-4">What we assumed</summary>
            <ul className="mt-2 list-disc space-y-1 pl-6">
              {estimate.assumptions.map((assumption) => (
                <li key={assumption}>{assumption}</li>
              ))}
            </ul>
          </details>
        ) : null}
      </div>

      <div className="mt-6 text-base">
        <p>
          <strong>Confidence:</strong> {CONFIDENCE_TEXT[estimate.confidence]}
        </p>
        <p className="mt-1">
          <strong>Rules used:</strong> those in force from <time dateTime={estimate.rulesInForceFrom}>{formatIsoDate(estimate.rulesInForceFrom)}</time>, last
          checked against their sources on <time dateTime={estimate.rulesVerified}>{formatIsoDate(estimate.rulesVerified)}</time>.
        </p>
        <Sub className="mt-3 font-bold">Sources</Sub>
        <ol className="mt-1 list-decimal space-y-1 pl-6">
          {estimate.sources.map((source) => (
            <li key={source.url}>
              <a href={source.url} rel="noopener noreferrer external">
                {source.title}
              </a>
            </li>
          ))}
        </ol>
        <p className="mt-3 text-muted">An estimate, not a customs decision. Carrier fees change often: check the carrier's own page before you pay.</p>
      </div>
    </section>
  );
}
