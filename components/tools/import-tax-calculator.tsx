"use client";

import { useEffect, useId, useRef, useState } from "react";
import type { ApiLandedCostEstimate, CalculatorMetadata, FieldError } from "@/lib/import-tax";
import { formStateToQuery, type CalculatorFormState, type SellerCollects } from "@/lib/import-tax/form-state";
import { formatMoney, LandedCostResult } from "./landed-cost-result";

export type ImportTaxCalculatorProps = {
  metadata: CalculatorMetadata;
  initialState: CalculatorFormState;
  initialEstimate: ApiLandedCostEstimate | null;
  initialErrors: FieldError[];
  /** On the tool's own page the address bar follows the form, so the result can be shared. */
  syncUrl: boolean;
  headingLevel?: 2 | 3;
};

const DEBOUNCE_MS = 200;
const CONTROL = "border-2 border-ink bg-paper px-3 py-2 text-lg text-ink";

/**
 * The landed-cost calculator. Server-rendered as a plain GET form with its result; with JavaScript
 * the result follows every keystroke, computed by /api/landed-cost (the rules engine is too large to
 * ship to a phone, and the answer is the same as the server's by construction).
 */
export function ImportTaxCalculator({ metadata, initialState, initialEstimate, initialErrors, syncUrl, headingLevel = 2 }: ImportTaxCalculatorProps) {
  const uid = useId();
  const [state, setState] = useState(initialState);
  const [estimate, setEstimate] = useState(initialEstimate);
  const [errors, setErrors] = useState(initialErrors);
  const [enhanced, setEnhanced] = useState(false);
  const [pending, setPending] = useState(false);
  const [resultInView, setResultInView] = useState(false);
  const resultRef = useRef<HTMLDivElement>(null);
  const first = useRef(true);

  useEffect(() => setEnhanced(true), []);

  // The compact total at the foot of a phone screen steps aside once the result itself is on screen.
  useEffect(() => {
    const target = resultRef.current;
    if (!target || typeof IntersectionObserver === "undefined") return;
    const observer = new IntersectionObserver(([entry]) => setResultInView(Boolean(entry?.isIntersecting)), { rootMargin: "0px 0px -40% 0px" });
    observer.observe(target);
    return () => observer.disconnect();
  }, []);

  // While the compact total is showing, a focused field is scrolled clear of it rather than under it.
  const stickyShown = enhanced && state.items.some((item) => item.price.trim() !== "") && !resultInView;
  useEffect(() => {
    const root = document.documentElement;
    root.style.scrollPaddingBottom = stickyShown ? "7rem" : "";
    return () => {
      root.style.scrollPaddingBottom = "";
    };
  }, [stickyShown]);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const query = formStateToQuery(state);
    if (syncUrl) window.history.replaceState(null, "", `${window.location.pathname}?${query.toString()}`);
    if (!state.items.some((item) => item.price.trim() !== "")) {
      setEstimate(null);
      setErrors([]);
      return;
    }
    const controller = new AbortController();
    setPending(true);
    const timer = setTimeout(() => {
      fetch(`/api/landed-cost?${query.toString()}`, { signal: controller.signal })
        .then(async (response) => {
          const body = (await response.json()) as ApiLandedCostEstimate | { errors: FieldError[] };
          if ("errors" in body) {
            setErrors(body.errors);
            setEstimate(null);
          } else {
            setErrors([]);
            setEstimate(body);
          }
        })
        .catch(() => {
          // Aborted by a newer keystroke, or offline: the Calculate button still submits the form.
        })
        .finally(() => setPending(false));
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [state, syncUrl]);

  const destination = metadata.destinations.find((d) => d.code === state.destination) ?? metadata.destinations[0]!;
  // Prices, shipping and insurance are typed in the price currency; the result is in the destination's.
  const currency = state.priceCurrency || destination.currency;
  const errorFor = (path: string) => errors.find((e) => e.path === path)?.message;
  const set = (patch: Partial<CalculatorFormState>) => setState((s) => ({ ...s, ...patch }));
  const setItem = (index: number, patch: Partial<CalculatorFormState["items"][number]>) =>
    setState((s) => ({ ...s, items: s.items.map((item, i) => (i === index ? { ...item, ...patch } : item)) }));

  // Without JavaScript a blank row is always offered, since rows cannot be added in the browser.
  const rows = enhanced || state.items.at(-1)?.price === "" ? state.items : [...state.items, { category: "clothing", price: "", quantity: "1" }];
  const generalErrors = errors.filter((e) => !["destination", "region", "date", "shipping", "insurance", "sellerCollectsTax", "channel", "priceCurrency"].includes(e.path) && !e.path.startsWith("items."));
  const hasPrice = state.items.some((item) => item.price.trim() !== "");

  const id = (name: string) => `${uid}-${name}`;
  const fieldError = (name: string, path = name) => {
    const message = errorFor(path);
    return message ? (
      <p id={id(`${name}-error`)} className="mt-1 font-semibold text-warning">
        <span className="visually-hidden">Error: </span>
        {message}
      </p>
    ) : null;
  };

  return (
    <div className="not-prose">
      <form
        method="get"
        action="/tools/import-tax-calculator"
        onSubmit={(event) => {
          if (enhanced) event.preventDefault();
        }}
        className="max-w-3xl"
        noValidate
      >
        {generalErrors.length > 0 ? (
          <div role="alert" className="mb-6 border-4 border-warning p-4">
            {generalErrors.map((e) => (
              <p key={e.path + e.message}>{e.message}</p>
            ))}
          </div>
        ) : null}

        <div className="mb-6">
          <label htmlFor={id("destination")} className="block text-lg font-semibold">
            Where is it being delivered?
          </label>
          <select id={id("destination")} name="destination" value={state.destination} onChange={(e) => set({ destination: e.target.value, region: "" })} className={`${CONTROL} mt-2 w-full max-w-md`}>
            <optgroup label="European Union">
              {metadata.destinations.filter((d) => d.group === "eu").map((d) => (
                <option key={d.code} value={d.code}>
                  {d.name}
                </option>
              ))}
            </optgroup>
            <optgroup label="Other countries">
              {metadata.destinations.filter((d) => d.group !== "eu").map((d) => (
                <option key={d.code} value={d.code}>
                  {d.name}
                </option>
              ))}
            </optgroup>
          </select>
          {fieldError("destination")}
        </div>

        {destination.regions.length > 0 ? (
          <div className="mb-6">
            <label htmlFor={id("region")} className="block text-lg font-semibold">
              {destination.regionLabel ?? "Region"}
            </label>
            <select id={id("region")} name="region" value={state.region} onChange={(e) => set({ region: e.target.value })} aria-invalid={errorFor("region") ? true : undefined} className={`${CONTROL} mt-2 w-full max-w-md`}>
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
          <label htmlFor={id("date")} className="block text-lg font-semibold">
            Date it arrives in the country
          </label>
          <p className="mt-1 text-base text-muted">Rules change; the estimate uses the ones in force on this date.</p>
          <input id={id("date")} name="date" type="date" value={state.date} min={metadata.modelledFrom} max={metadata.modelledTo} onChange={(e) => set({ date: e.target.value })} className={`${CONTROL} mt-2`} />
          {fieldError("date")}
        </div>

        <div className="mb-6">
          <label htmlFor={id("priceCurrency")} className="block text-lg font-semibold">
            Currency of the prices
          </label>
          <p className="mt-1 text-base text-muted">The currency the shop or agent showed. Customs convert it at their official rate for the date.</p>
          <select id={id("priceCurrency")} name="priceCurrency" value={state.priceCurrency === destination.currency ? "" : state.priceCurrency} onChange={(e) => set({ priceCurrency: e.target.value })} aria-invalid={errorFor("priceCurrency") ? true : undefined} className={`${CONTROL} mt-2 w-full max-w-md`}>
            <option value="">{destination.currency}: the local currency</option>
            {metadata.priceCurrencies
              .filter((c) => c.code !== destination.currency)
              .map((c) => (
                <option key={c.code} value={c.code}>
                  {c.code}: {c.name}
                </option>
              ))}
          </select>
          {fieldError("priceCurrency")}
        </div>

        <fieldset className="mb-6">
          <legend className="text-lg font-semibold">What you are buying</legend>
          <p className="mt-1 text-base text-muted">Prices in {currency}, per item, as charged by the seller. A decimal comma is fine (39,99).</p>
          <ul className="mt-3 space-y-4">
            {rows.map((item, index) => (
              <li key={index} className="border-l-4 border-line pl-3">
                <div className="flex flex-wrap items-end gap-3">
                  <div>
                    <label htmlFor={id(`category-${index}`)} className="block text-base font-semibold">
                      Item {index + 1}: type
                    </label>
                    <select id={id(`category-${index}`)} name="category" value={item.category} onChange={(e) => setItem(index, { category: e.target.value })} className={`${CONTROL} mt-1`}>
                      {metadata.categories.map((c) => (
                        <option key={c.code} value={c.code}>
                          {c.label}
                        </option>
                      ))}
                    </select>
                  </div>
                  <div>
                    <label htmlFor={id(`price-${index}`)} className="block text-base font-semibold">
                      Price ({currency})
                    </label>
                    <input id={id(`price-${index}`)} name="price" inputMode="decimal" autoComplete="off" value={item.price} onChange={(e) => setItem(index, { price: e.target.value })} aria-invalid={errorFor(`items.${index}.price`) ? true : undefined} aria-describedby={errorFor(`items.${index}.price`) ? id(`item-${index}-error`) : undefined} className={`${CONTROL} mt-1 w-32`} />
                  </div>
                  <div>
                    <label htmlFor={id(`quantity-${index}`)} className="block text-base font-semibold">
                      How many
                    </label>
                    <input id={id(`quantity-${index}`)} name="quantity" inputMode="numeric" autoComplete="off" value={item.quantity} onChange={(e) => setItem(index, { quantity: e.target.value })} className={`${CONTROL} mt-1 w-20`} />
                  </div>
                  {rows.length > 1 ? (
                    <button
                      type={enhanced ? "button" : "submit"}
                      name="remove"
                      value={index}
                      onClick={enhanced ? () => setState((s) => ({ ...s, items: s.items.filter((_, i) => i !== index) })) : undefined}
                      className="border-2 border-ink px-3 py-2 text-base font-semibold"
                    >
                      Remove<span className="visually-hidden"> item {index + 1}</span>
                    </button>
                  ) : null}
                </div>
                {[`items.${index}`, `items.${index}.category`, `items.${index}.price`, `items.${index}.quantity`].map((path) =>
                  errorFor(path) ? (
                    <p key={path} id={path.endsWith("price") ? id(`item-${index}-error`) : undefined} className="mt-1 font-semibold text-warning">
                      <span className="visually-hidden">Error: </span>
                      {errorFor(path)}
                    </p>
                  ) : null,
                )}
              </li>
            ))}
          </ul>
          {enhanced ? (
            <button type="button" onClick={() => setState((s) => ({ ...s, items: [...s.items, { category: "clothing", price: "", quantity: "1" }] }))} className="mt-3 border-2 border-ink px-4 py-2 font-semibold">
              Add another item
            </button>
          ) : (
            <p className="mt-2 text-base text-muted">To add an item, fill in the empty row and press Calculate.</p>
          )}
        </fieldset>

        <div className="mb-6 flex flex-wrap gap-6">
          {(["shipping", "insurance"] as const).map((name) => (
            <div key={name}>
              <label htmlFor={id(name)} className="block text-lg font-semibold">
                {name === "shipping" ? "Shipping" : "Insurance"} ({currency})
              </label>
              <input id={id(name)} name={name} inputMode="decimal" autoComplete="off" value={state[name]} onChange={(e) => set({ [name]: e.target.value })} className={`${CONTROL} mt-2 w-32`} />
              {fieldError(name)}
            </div>
          ))}
        </div>

        <fieldset className="mb-6">
          <legend className="text-lg font-semibold">Does the seller charge VAT, GST or duty at checkout?</legend>
          <p className="mt-1 text-base text-muted">Look for &ldquo;tax&rdquo;, &ldquo;VAT&rdquo;, &ldquo;GST&rdquo; or &ldquo;duties included&rdquo; on the checkout page or receipt.</p>
          <div className="mt-2 space-y-2">
            {(
              [
                ["true", "Yes"],
                ["false", "No"],
                ["unknown", "I don't know"],
              ] as const
            ).map(([value, label]) => (
              <div key={value} className="flex items-center gap-3">
                <input id={id(`seller-${value}`)} type="radio" name="sellerCollectsTax" value={value} checked={state.sellerCollectsTax === value} onChange={() => set({ sellerCollectsTax: value as SellerCollects })} className="size-6 accent-[var(--brand)]" />
                <label htmlFor={id(`seller-${value}`)}>{label}</label>
              </div>
            ))}
          </div>
        </fieldset>

        <fieldset className="mb-6">
          <legend className="text-lg font-semibold">How is it being sent?</legend>
          <div className="mt-2 space-y-2">
            {metadata.channels.map((channel) => (
              <div key={channel.code} className="flex items-center gap-3">
                <input id={id(`channel-${channel.code}`)} type="radio" name="channel" value={channel.code} checked={state.channel === channel.code} onChange={() => set({ channel: channel.code })} className="size-6 accent-[var(--brand)]" />
                <label htmlFor={id(`channel-${channel.code}`)}>{channel.label}</label>
              </div>
            ))}
          </div>
        </fieldset>

        {enhanced ? null : (
          <button type="submit" className="bg-brand px-6 py-3 text-lg font-bold text-brand-ink shadow-[0_3px_0_var(--ink)]">
            Calculate
          </button>
        )}
      </form>

      <p className="visually-hidden" aria-live="polite">
        {enhanced && estimate && !pending ? `Estimated total at your door: ${totalText(estimate)}` : ""}
      </p>
      <div ref={resultRef} id={id("result")} className="mt-10 max-w-4xl scroll-mt-4" aria-busy={pending}>
        {estimate ? (
          <>
            <LandedCostResult estimate={estimate} headingLevel={headingLevel} />
            <p className="mt-6 text-lg">
              Got a bill for this parcel?{" "}
              <a href={`/tools/import-tax-calculator/check-bill?${formStateToQuery(state).toString()}`} className="font-semibold text-link underline underline-offset-4">
                Check it against these rules
              </a>
            </p>
          </>
        ) : errors.length > 0 ? (
          <div className="border-l-8 border-warning bg-warning-bg p-4">
            <p className="font-bold">We can&apos;t work out the estimate yet:</p>
            <ul className="mt-2 list-disc space-y-1 pl-6">
              {errors.map((e) => (
                <li key={e.path + e.message}>{e.message}</li>
              ))}
            </ul>
          </div>
        ) : (
          <p className="text-muted">{hasPrice ? "Working out the estimate…" : "Enter a price to see the estimate."}</p>
        )}
      </div>
      {stickyShown ? (
        // Phones: the result is far below the form, so the total follows the person as they type.
        <div className="fixed inset-x-0 bottom-0 z-20 border-t-4 border-brand bg-paper px-4 py-3 shadow-[0_-2px_8px_rgba(0,0,0,0.15)] sm:hidden">
          <p className="flex items-center justify-between gap-3 text-lg">
            <span>
              {estimate ? (
                <>
                  <span className="block text-sm text-muted">Estimated total at your door</span>
                  <strong data-testid="sticky-total">{totalText(estimate)}</strong>
                </>
              ) : errors.length > 0 ? (
                <strong className="text-warning">Check the form: {errors[0]?.message}</strong>
              ) : (
                <span className="text-muted">Working it out…</span>
              )}
            </span>
            <a href={`#${id("result")}`} className="shrink-0 font-semibold text-link underline underline-offset-4">
              See the breakdown
            </a>
          </p>
        </div>
      ) : null}
      {enhanced && hasPrice ? <div aria-hidden="true" className="h-24 sm:hidden" /> : null}
    </div>
  );
}

function totalText(estimate: ApiLandedCostEstimate): string {
  const total = formatMoney(estimate.total, estimate.currency, estimate.currencyMinorDigits);
  return estimate.totalIsMinimum ? `at least ${total}` : total;
}
