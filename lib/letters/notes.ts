/**
 * The advice beside a letter ("Before you send it") may link to a guide or a tool, written as
 * `[words](/guides/slug)` or `[words](/tools/…)`. Only pages on this site: a letter's advice never
 * sends a buyer elsewhere. lib/letters/letters.test.ts checks every link leads to a page that exists.
 */

export type NotePart = { kind: "text"; text: string } | { kind: "link"; text: string; href: string };

const LINK = /\[([^\]]+)\]\(([^)\s]+)\)/g;
const SITE_PAGE = /^\/(?:guides|tools)\/[a-z0-9-]+(?:\/[a-z0-9-]+)?(?:#[a-z0-9-]+)?$/;

export function noteParts(note: string): NotePart[] {
  const parts: NotePart[] = [];
  let last = 0;
  for (const match of note.matchAll(LINK)) {
    const at = match.index ?? 0;
    if (at > last) parts.push({ kind: "text", text: note.slice(last, at) });
    parts.push({ kind: "link", text: match[1] ?? "", href: match[2] ?? "" });
    last = at + match[0].length;
  }
  if (last < note.length) parts.push({ kind: "text", text: note.slice(last) });
  return parts;
}

/** The note as plain words, links reduced to their text (for search). */
export function notePlainText(note: string): string {
  return noteParts(note)
    .map((part) => part.text)
    .join("");
}

/** Every link's address in a note. */
export function noteLinks(note: string): string[] {
  return noteParts(note).flatMap((part) => (part.kind === "link" ? [part.href] : []));
}

/** Throws, naming the letter, for a link that isn't a page on this site or a bracket left unclosed. */
export function checkNote(note: string, where: string): void {
  for (const href of noteLinks(note)) {
    if (!SITE_PAGE.test(href)) throw new Error(`${where}: the link to "${href}" must be a guide or tool on this site, such as /guides/evidence-to-keep`);
  }
  const rest = note.replace(LINK, "");
  if (/\]\(|\[[^\]]*\]\(/.test(rest)) throw new Error(`${where}: a link is malformed; write [words](/guides/slug)`);
}
