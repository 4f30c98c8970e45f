import { factStatement, factValueText, hasFact } from "@/lib/facts";

export const FACT_FORMS = ["value", "adjective", "statement"] as const;
export type FactFormName = (typeof FACT_FORMS)[number];

export type FactProps = { id: string; as?: FactFormName };

/** The id a page gives a fact's entry in its "Figures on this page" list. */
export const factNoteId = (id: string) => `fact-${id}`;

function text(id: string, as: FactFormName): string {
  if (as === "statement") return factStatement(id);
  return factValueText(id, as);
}

/**
 * A figure from the fact registry, written into an article at build time. `as="adjective"` reads
 * before a noun ("a 14-day right"); `as="statement"` gives the fact's whole sentence. Unknown ids are
 * shown as such and fail `content:check` (lib/content/fact-checks.ts), so they never reach a page.
 */
export function Fact({ id, as = "value" }: FactProps) {
  if (!hasFact(id) || !FACT_FORMS.includes(as)) return <span className="fact">[unknown fact: {id}]</span>;
  return <span className="fact">{text(id, as)}</span>;
}

/**
 * The same, numbered: each figure links to its entry under "Figures on this page", where its source
 * and the date it was checked are listed. The build numbers facts in the order they first appear.
 */
export function numberedFact(numbers: ReadonlyMap<string, number>) {
  return function NumberedFact({ id, as = "value" }: FactProps) {
    const number = numbers.get(id);
    if (!hasFact(id) || !FACT_FORMS.includes(as) || number === undefined) return <Fact id={id} as={as} />;
    return (
      <span className="fact">
        {text(id, as)}
        <sup className="fact-ref">
          <a href={`#${factNoteId(id)}`}>
            <span className="visually-hidden">Source of figure </span>
            {number}
          </a>
        </sup>
      </span>
    );
  };
}
