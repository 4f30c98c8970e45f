import Link from "@/components/site/link";
import { factNoteId } from "@/components/mdx/fact";
import { factStatement, getFact, type FactSource } from "@/lib/facts";
import { formatIsoDate } from "@/lib/site/format";

function SourceLink({ source }: { source: FactSource }) {
  return (
    <>
      <a href={source.url} rel="noopener noreferrer external">
        {source.title}
      </a>
      <span className="text-muted">
        , {source.publisher}
        {source.official ? "" : ` (secondary source: ${source.why ?? "no official page found"})`}
      </span>
    </>
  );
}

/**
 * "Figures on this page": each figure a guide takes from the fact registry, numbered as in the text,
 * with its sources and the day it was checked, so a reader can check any number they act on.
 */
export function FactNotes({ ids }: { ids: readonly string[] }) {
  if (ids.length === 0) return null;
  return (
    <section aria-labelledby="figures" className="mt-12">
      <h2 id="figures" className="text-3xl font-bold">
        Figures on this page
      </h2>
      <p className="mt-2 text-muted">
        Each figure comes from our register of facts and was checked against its source on the date shown. When a rule
        changes, every page that uses the figure changes with it: see <Link href="/changes">what changed</Link>.
      </p>
      <ol className="mt-4 space-y-5">
        {ids.map((id, index) => {
          const fact = getFact(id);
          return (
            <li key={id} id={factNoteId(id)} className="grid scroll-mt-6 grid-cols-[2.5rem_minmax(0,1fr)]">
              <span className="font-bold">{index + 1}.</span>
              <div>
                <p>{factStatement(id)}</p>
                <p className="mt-1 text-base">
                  {fact.sources.map((source, i) => (
                    <span key={source.url}>
                      {i > 0 ? "; " : "Source: "}
                      <SourceLink source={source} />
                    </span>
                  ))}
                  . <span className="text-muted">Checked {formatIsoDate(fact.lastVerified)}{fact.confidence === "high" ? "" : `; ${fact.confidence} confidence`}.</span>
                </p>
                {fact.note ? <p className="mt-1 text-base text-muted">{fact.note}</p> : null}
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
