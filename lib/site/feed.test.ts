import { describe, expect, it } from "vitest";
import { escapeXml, factChangeEntries, guidesAtomFeed } from "./feed";

describe("escapeXml", () => {
  it("escapes markup and drops characters XML cannot hold", () => {
    expect(escapeXml(`Fish & "chips" <b>'s</b>\u0007`)).toBe("Fish &amp; &quot;chips&quot; &lt;b&gt;&apos;s&lt;/b&gt;");
  });
});

describe("the feed", () => {
  it("carries every change to a fact as an entry of its own, linked to /changes", () => {
    const xml = guidesAtomFeed([], factChangeEntries());
    expect(xml).toContain("<title>Corrected: 180 days → 30 days (Open a PayPal dispute for an item that is significantly not as described");
    expect(xml).toMatch(/<link rel="alternate" type="text\/html" href="http:\/\/localhost:3000\/changes#change-paypal-snad-window-2026-12-01"\/>/);
  });
});
