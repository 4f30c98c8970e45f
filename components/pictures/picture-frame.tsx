/**
 * The guides' pictures share one visual language, set here and in the primitives beside this file:
 * - colours only from the site's variables (ink, muted, brand, paper-alt, line, warning), so light
 *   and dark mode both work and contrast is the text's own;
 * - 2-unit strokes, 6-unit corner radius, 15-unit labels and 13-unit details, sentence case;
 * - meaning never by colour alone: a shape or a word says it too;
 * - two drawings per picture, one 340 wide for phones and one 720 wide above 640 px, so words stay a
 *   readable size instead of shrinking with the screen;
 * - each is an img with a title and a text alternative that says what the picture shows, and a
 *   caption a sighted reader can use as well.
 * Figures (days, amounts, limits) are never typed into a picture: they come in as props, from the fact
 * registry (lib/facts) once it lands.
 */
export const PICTURE = {
  stroke: 2,
  radius: 6,
  narrow: 340,
  wide: 720,
} as const;

export function PictureFrame({
  id,
  title,
  description,
  caption,
  draw,
}: {
  /** Unique on the page: the drawings' titles are ids derived from it. */
  id: string;
  title: string;
  /** What the picture shows, in words, for people who cannot see it. */
  description: string;
  caption?: React.ReactNode;
  draw: (width: number) => { height: number; content: React.ReactNode };
}) {
  return (
    <figure className="not-prose my-8">
      {([PICTURE.narrow, PICTURE.wide] as const).map((width) => {
        const { height, content } = draw(width);
        const titleId = `${id}-${width}-title`;
        const descId = `${id}-${width}-desc`;
        return (
          <div key={width} className={width === PICTURE.narrow ? "sm:hidden" : "hidden sm:block"}>
            <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${titleId} ${descId}`} className="h-auto w-full max-w-3xl text-ink">
              <title id={titleId}>{title}</title>
              <desc id={descId}>{description}</desc>
              {content}
            </svg>
          </div>
        );
      })}
      {caption ? <figcaption className="mt-3 text-base text-muted">{caption}</figcaption> : null}
    </figure>
  );
}
