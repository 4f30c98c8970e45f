import Link from "@/components/site/link";
import type { CalculatorMetadata, FieldError } from "@/lib/import-tax";
import type { BillCheck, BillFinding } from "@/lib/import-tax/bill-check";
import type { CalculatorFormState } from "@/lib/import-tax/form-state";
import { formatMoney } from "@/lib/import-tax/money";

/**
 * "Check a bill": a plain GET form (it works the same with and without JavaScript, so it needs no
 * client code) and the verdict, line by line. Server component.
 */
const CONTROL = "border-2 border-ink bg-paper px-3 py-2 text-lg text-ink";
const ACTION = "/tools/import-tax-calculator/check-bill";

export type BillFormState = CalculatorFormState & { billedDuty: string; billedTax: string; billedFee: string };

export function BillCheckForm({ metadata, state, errors }: { metadata: CalculatorMetadata; state: BillFormState; errors: FieldError[] }) {
  const destination = metadata.destinations.find((d) => d.code === state.destination) ?? metadata.destinations[0]!;
  const local = destination.currency;
  const priceCurrency = state.priceCurrency && state.priceCurrency !== local ? state.priceCurrency : local;
  const errorFor = (path: string) => errors.find((e) => e.path === path)?.message;
  const rows = state.items.at(-1)?.price === "" ? state.items : [...state.items, { category: "clothing", price: "", quantity: "1" }];
  const fieldError = (path: string, id?: string) => {
    const message = errorFor(path);
    return message ? (
      <p id={id} className="mt-1 font-semibold text-warning">
        <span className="visually-hidden">Error: </span>
        {message}
      </p>
    ) : null;
  };
  const amount = (name: "billedDuty" | "billedTax" | "billedFee", label: string, hint: string) => (
    <div className="mb-4">
      <label htmlFor={`bill-${name}`} className="block text-lg font-semibold">
        {label} ({local})
      </label>
      <p className="text-base text-muted">{hint}</p>
      <input id={`bill-${name}`} name={name} inputMode="decimal" autoComplete="off" defaultValue={state[name]} aria-invalid={errorFor(name) ? true : undefined} aria-describedby={errorFor(name) ? `bill-${name}-error` : undefined} className={`${CONTROL} mt-1 w-40`} />
      {fieldError(name, `bill-${name}-error`)}
    </div>
  );

  return (
    <form method="get" action={ACTION} className="max-w-3xl" noValidate>
      <fieldset className="mb-8 border-l-4 border-brand pl-4">
        <legend className="text-xl font-bold">What the bill says</legend>
        <p className="mt-1 mb-3 text-base text-muted">Copy each amount from the carrier&apos;s notice. Leave a line empty if the bill doesn&apos;t have it.</p>
        {amount("billedDuty", "Duty on the bill", "Often called customs duty or import duty.")}
        {amount("billedTax", "VAT, GST or other tax on the bill", "Import VAT, GST or sales tax.")}
        {amount("billedFee", "Carrier's fee on the bill", "Handling, clearance or advancement fee.")}
      </fieldset>

      <h2 className="mb-4 text-xl font-bold">Your order</h2>
      <div className="mb-6">
        <label htmlFor="bill-destination" className="block text-lg font-semibold">
          Where was it delivered?
        </label>
        <select id="bill-destination" name="destination" defaultValue={state.destination} className={`${CONTROL} mt-2 w-full max-w-md`}>
          {metadata.destinations.map((d) => (
            <option key={d.code} value={d.code}>
              {d.name}
            </option>
          ))}
        </select>
        {fieldError("destination")}
      </div>
      {destination.regions.length > 0 ? (
        <div className="mb-6">
          <label htmlFor="bill-region" className="block text-lg font-semibold">
            {destination.regionLabel ?? "Region"}
          </label>
          <select id="bill-region" name="region" defaultValue={state.region} className={`${CONTROL} mt-2 w-full max-w-md`}>
            <option value="">Choose…</option>
            {destination.regions.map((r) => (
              <option key={r.code} value={r.code}>
                {r.name}
              </option>
            ))}
          </select>
          {fieldError("region")}
        </div>
      ) : null}
      <div className="mb-6">
        <label htmlFor="bill-date" className="block text-lg font-semibold">
          Date it arrived in the country
        </label>
        <input id="bill-date" name="date" type="date" defaultValue={state.date} min={metadata.modelledFrom} max={metadata.modelledTo} className={`${CONTROL} mt-2`} />
        {fieldError("date")}
      </div>
      <div className="mb-6">
        <label htmlFor="bill-priceCurrency" className="block text-lg font-semibold">
          Currency of the prices
        </label>
        <select id="bill-priceCurrency" name="priceCurrency" defaultValue={priceCurrency === local ? "" : priceCurrency} className={`${CONTROL} mt-2 w-full max-w-md`}>
          <option value="">{local}: the local currency</option>
          {metadata.priceCurrencies
            .filter((c) => c.code !== local)
            .map((c) => (
              <option key={c.code} value={c.code}>
                {c.code}: {c.name}
              </option>
            ))}
        </select>
        {fieldError("priceCurrency")}
      </div>
      <fieldset className="mb-6">
        <legend className="text-lg font-semibold">What you bought</legend>
        <p className="mt-1 text-base text-muted">Prices in {priceCurrency}, per item, as on your order.</p>
        <ul className="mt-3 space-y-4">
          {rows.map((item, index) => (
            <li key={index} className="border-l-4 border-line pl-3">
              <div className="flex flex-wrap items-end gap-3">
                <div>
                  <label htmlFor={`bill-category-${index}`} className="block text-base font-semibold">
                    Item {index + 1}: type
                  </label>
                  <select id={`bill-category-${index}`} name="category" defaultValue={item.category} className={`${CONTROL} mt-1 max-w-full`}>
                    {metadata.categories.map((c) => (
                      <option key={c.code} value={c.code}>
                        {c.label}
                      </option>
                    ))}
                  </select>
                </div>
                <div>
                  <label htmlFor={`bill-price-${index}`} className="block text-base font-semibold">
                    Price ({priceCurrency})
                  </label>
                  <input id={`bill-price-${index}`} name="price" inputMode="decimal" autoComplete="off" defaultValue={item.price} className={`${CONTROL} mt-1 w-32`} />
                </div>
                <div>
                  <label htmlFor={`bill-quantity-${index}`} className="block text-base font-semibold">
                    How many
                  </label>
                  <input id={`bill-quantity-${index}`} name="quantity" inputMode="numeric" autoComplete="off" defaultValue={item.quantity} className={`${CONTROL} mt-1 w-20`} />
                </div>
              </div>
              {[`items.${index}`, `items.${index}.category`, `items.${index}.price`, `items.${index}.quantity`].map((path) => (
                <div key={path}>{fieldError(path)}</div>
              ))}
            </li>
          ))}
        </ul>
        {fieldError("items")}
        <p className="mt-2 text-base text-muted">To add another item, fill in the empty row and press Check the bill.</p>
      </fieldset>
      <div className="mb-6 flex flex-wrap gap-6">
        {(["shipping", "insurance"] as const).map((name) => (
          <div key={name}>
            <label htmlFor={`bill-${name}`} className="block text-lg font-semibold">
              {name === "shipping" ? "Shipping" : "Insurance"} ({priceCurrency})
            </label>
            <input id={`bill-${name}`} name={name} inputMode="decimal" autoComplete="off" defaultValue={state[name]} className={`${CONTROL} mt-2 w-32`} />
            {fieldError(name)}
          </div>
        ))}
      </div>
      <fieldset className="mb-6">
        <legend className="text-lg font-semibold">Did the seller charge VAT, GST or duty at checkout?</legend>
        <p className="mt-1 text-base text-muted">Look at your receipt for &ldquo;VAT&rdquo;, &ldquo;GST&rdquo;, &ldquo;tax&rdquo; or &ldquo;duties included&rdquo;.</p>
        <div className="mt-2 space-y-2">
          {(
            [
              ["true", "Yes"],
              ["false", "No"],
              ["unknown", "I don't know"],
            ] as const
          ).map(([value, label]) => (
            <div key={value} className="flex items-center gap-3">
              <input id={`bill-seller-${value}`} type="radio" name="sellerCollectsTax" value={value} defaultChecked={state.sellerCollectsTax === value} className="size-6 accent-[var(--brand)]" />
              <label htmlFor={`bill-seller-${value}`}>{label}</label>
            </div>
          ))}
        </div>
      </fieldset>
      <fieldset className="mb-6">
        <legend className="text-lg font-semibold">How was it sent?</legend>
        <div className="mt-2 space-y-2">
          {metadata.channels.map((channel) => (
            <div key={channel.code} className="flex items-center gap-3">
              <input id={`bill-channel-${channel.code}`} type="radio" name="channel" value={channel.code} defaultChecked={state.channel === channel.code} className="size-6 accent-[var(--brand)]" />
              <label htmlFor={`bill-channel-${channel.code}`}>{channel.label}</label>
            </div>
          ))}
        </div>
      </fieldset>
      <button type="submit" className="bg-brand px-6 py-3 text-lg font-bold text-brand-ink shadow-[0_3px_0_var(--ink)]">
        Check the bill
      </button>
    </form>
  );
}

const VERDICT = {
  looksRight: { heading: "This bill looks right", tone: "border-brand" },
  overcharged: { heading: "This bill looks wrong", tone: "border-warning" },
  query: { heading: "Ask the carrier about this bill", tone: "border-warning" },
  cannotTell: { heading: "We can't fully check this bill", tone: "border-line" },
} as const;

const SEVERITY_WORD = { overcharge: "Overcharged", check: "Worth asking", info: "Note" } as const;

export function BillCheckResult({ check, letterHref }: { check: BillCheck; letterHref: string | null }) {
  const money = (minor: number) => formatMoney(minor, check.currency);
  const verdict = VERDICT[check.verdict];
  return (
    <section aria-labelledby="bill-verdict" className="not-prose mt-2 mb-10 max-w-3xl">
      <div className={`border-l-8 ${verdict.tone} bg-paper p-4`}>
        <h2 id="bill-verdict" className="text-2xl font-bold">
          {verdict.heading}
        </h2>
        <p className="mt-2 text-lg">
          Billed: <strong>{money(check.billedTotal)}</strong>
          {check.expectedTotal !== null ? (
            <>
              {" "}
              · due at the door under the rules: <strong>{money(check.expectedTotal)}</strong>
            </>
          ) : null}
          {check.overchargedBy > 0 ? (
            <>
              {" "}
              · overcharged by <strong>{money(check.overchargedBy)}</strong>
            </>
          ) : null}
        </p>
        {check.rightBecause.length > 0 ? (
          <ul className="mt-3 list-disc space-y-1 pl-6">
            {check.rightBecause.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        ) : null}
      </div>

      {check.findings.length > 0 ? (
        <ul className="mt-6 space-y-4">
          {check.findings.map((finding) => (
            <Finding key={finding.id + finding.line} finding={finding} money={money} />
          ))}
        </ul>
      ) : null}

      {check.route ? (
        <div className="mt-8">
          <h2 className="text-xl font-bold">What to do: {check.route.title}</h2>
          <ol className="mt-2 list-decimal space-y-1.5 pl-6">
            {check.route.steps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
          <p className="mt-3">
            <strong>By when:</strong> {check.route.timeLimit ?? "No official time limit we could confirm: act as soon as you can, and before you pay if you can."}
          </p>
          <h3 className="mt-3 font-bold">Evidence to attach</h3>
          <ul className="mt-1 list-disc space-y-1 pl-6">
            {check.route.evidence.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
          {letterHref ? (
            <p className="mt-4">
              <Link href={letterHref} className="font-semibold">
                Write to the carrier with this case filled in
              </Link>
            </p>
          ) : null}
          {check.route.sources.length > 0 ? (
            <>
              <h3 className="mt-4 font-bold">Sources</h3>
              <ol className="mt-1 list-decimal space-y-1 pl-6 text-base">
                {check.route.sources.map((source) => (
                  <li key={source.url}>
                    <a href={source.url} rel="noopener noreferrer external">
                      {source.title}
                    </a>
                  </li>
                ))}
              </ol>
            </>
          ) : null}
        </div>
      ) : null}
      <p className="mt-6 text-base text-muted">A check against the published rules, not a customs decision.</p>
    </section>
  );
}

function Finding({ finding, money }: { finding: BillFinding; money: (minor: number) => string }) {
  return (
    <li className={`border-l-4 pl-3 ${finding.severity === "info" ? "border-line" : "border-warning"}`}>
      <p className="font-bold">
        <span className="visually-hidden">{SEVERITY_WORD[finding.severity]}: </span>
        {finding.title}
      </p>
      <p className="text-base text-muted">
        {finding.line === "fee" ? "Fee" : finding.line === "duty" ? "Duty" : "Tax"}: billed {money(finding.billed)}
        {finding.expected !== null ? `, the rules give ${money(finding.expected)}` : ""}
      </p>
      <p className="mt-1">{finding.explanation}</p>
    </li>
  );
}
