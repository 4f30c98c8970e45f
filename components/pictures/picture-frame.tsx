/**
 * The guides' pictures share one visual language, set here and in the primitives beside this file:
 * - colours only from the site's variables (ink, muted, brand, paper-alt, line, warning), so light
 *   and dark mode both work and contrast is the text's own;
 * - 2-unit strokes, 6-unit corner radius, 15-unit labels and 13-unit details, sentence case;
 * - meaning never by colour alone: a shape or a word says it too;
 * - two drawings per picture, one 340 wide for phones and one 720 wide above 640 px, so words stay a
 *   readable size instead of shrinking with the screen;
 * - each is an img with a title and a text alternative that says what the picture shows, and a
 *   caption a sighted reader can use as well; `words` also puts that text under the picture, for
 *   readers who would rather read it or zoom far in.
 * Figures (days, amounts, limits) are never typed into a picture: they come from the fact registry
 * (lib/facts) or from the calculator's engine, through the models in lib/pictures/.
 */
export const PICTURE = {
  stroke: 2,
  radius: 6,
  narrow: 340,
  wide: 720,
} as const;

const INSET = 3;

export function PictureFrame({
  id,
  title,
  description,
  words,
  caption,
  draw,
}: {
  /** Unique on the page: the drawings' titles are ids derived from it. */
  id: string;
  title: string;
  /** What the picture shows, in words, for people who cannot see it (by default, `words` joined). */
  description?: string;
  /** The picture as a short list of sentences, shown under it on request and read as its description. */
  words?: readonly string[];
  caption?: React.ReactNode;
  draw: (width: number) => { height: number; content: React.ReactNode };
}) {
  const desc = description ?? (words ?? []).join(" ");
  return (
    <figure className="not-prose my-8" data-picture={id}>
      {([PICTURE.narrow, PICTURE.wide] as const).map((width) => {
        const { height, content } = draw(width);
        const titleId = `${id}-${width}-title`;
        const descId = `${id}-${width}-desc`;
        return (
          <div key={width} className={width === PICTURE.narrow ? "sm:hidden" : "hidden sm:block"}>
            <svg
              // A margin of INSET units all round, so a bold glyph's overhang at an edge is never clipped.
              viewBox={`${-INSET} ${-INSET} ${width + INSET * 2} ${Math.ceil(height) + INSET * 2}`}
              role="img"
              aria-labelledby={`${titleId} ${descId}`}
              className="h-auto w-full max-w-3xl text-ink"
              data-width={width}
            >
              <title id={titleId}>{title}</title>
              <desc id={descId}>{desc}</desc>
              {content}
            </svg>
          </div>
        );
      })}
      <figcaption className="mt-3 max-w-3xl text-base text-muted [&_a]:text-link [&_a]:underline">
        <strong className="font-bold text-ink">{title}.</strong>
        {caption ? <> {caption}</> : null}
      </figcaption>
      {words && words.length > 0 ? (
        <details className="mt-2 max-w-3xl text-base">
          <summary className="cursor-pointer text-link underline underline-offset-4">The picture in words</summary>
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {words.map((sentence) => (
              <li key={sentence}>{sentence}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </figure>
  );
}

/** Lines of a wrapped text block, first baseline `font` below `y`. */
export function Lines({
  lines,
  x,
  y,
  font,
  weight,
  fill = "currentColor",
  anchor,
}: {
  lines: readonly string[];
  x: number;
  y: number;
  font: number;
  weight?: number;
  fill?: string;
  anchor?: "start" | "middle" | "end";
}) {
  return (
    <>
      {lines.map((line, k) => (
        <text key={k} x={x} y={y + font + k * font * 1.35} fontSize={font} fontWeight={weight} fill={fill} textAnchor={anchor}>
          {line}
        </text>
      ))}
    </>
  );
}

/** A numbered circle, as in the planner's timeline and the notes under a picture. */
export function Badge({ x, y, number, r = 11 }: { x: number; y: number; number: number; r?: number }) {
  return (
    <g>
      <circle cx={x} cy={y} r={r} fill="var(--brand)" />
      <text x={x} y={y + 5} fontSize={14} fontWeight={700} textAnchor="middle" fill="var(--brand-ink)">
        {number}
      </text>
    </g>
  );
}
