import { describe, expect, it } from "vitest";
import { escapeXml } from "./feed";

describe("escapeXml", () => {
  it("escapes markup and drops characters XML cannot hold", () => {
    expect(escapeXml(`Fish & "chips" <b>'s</b>\u0007`)).toBe("Fish &amp; &quot;chips&quot; &lt;b&gt;&apos;s&lt;/b&gt;");
  });
});
