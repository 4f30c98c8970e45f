import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import PageError from "./error";
import GlobalError from "./global-error";

/**
 * The pages a failure shows (issue 13): what happened, a way to try again and ways on, and, when
 * the root layout itself failed, the site's own header and footer around them.
 */
const failure = Object.assign(new Error("An error occurred in the Server Components render."), { digest: "1385722553" });

describe("app/error.tsx", () => {
  const html = renderToStaticMarkup(<PageError error={failure} retry={() => undefined} />);

  it("says what happened, offers to try again and gives the reference the server logged", () => {
    expect(html).toContain("<h1");
    expect(html).toContain("Sorry, this page failed to load");
    expect(html).toMatch(/<button[^>]*>Try again<\/button>/);
    expect(html).toContain("<code>1385722553</code>");
    expect(html).not.toContain("Server Components render");
  });

  it("gives ways on: the problems, the guides, search and home", () => {
    for (const href of ['href="/#problems"', 'href="/guides"', 'href="/search"', 'href="/"']) expect(html).toContain(href);
  });
});

describe("app/global-error.tsx", () => {
  const html = renderToStaticMarkup(<GlobalError error={new Error("layout failed")} retry={() => undefined} />);

  it("draws a frame of its own: the site's name leading home, the message, a way to try again and on", () => {
    expect(html).toMatch(/^<html lang="en">/);
    expect(html).toMatch(/<header role="banner"[^>]*>.*<a [^>]*href="\/"[^>]*>Recourse<\/a>/);
    expect(html).toContain('<main id="main"');
    expect(html).toContain("Sorry, this page failed to load");
    expect(html).toMatch(/<button[^>]*>Try again<\/button>/);
    expect(html).toContain('<a href="/guides">see all guides</a>');
    expect(html).toContain("<title>Sorry, this page failed to load | Recourse</title>");
  });
});
