import type { HighlightPart } from "@/lib/search";

/** Text with the matched words marked. Parts are plain strings, so nothing here is parsed as HTML. */
export function Highlighted({ parts }: { parts: readonly HighlightPart[] }) {
  return (
    <>
      {parts.map((part, i) =>
        part.highlight ? (
          <mark key={i} className="bg-focus/60 px-0.5 text-inherit dark:bg-focus/30">
            {part.text}
          </mark>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </>
  );
}
