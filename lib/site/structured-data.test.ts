import { describe, expect, it } from "vitest";
import { serializeJsonLd } from "./structured-data";

describe("serializeJsonLd", () => {
  it("cannot be broken out of by content that contains a closing script tag", () => {
    const text = serializeJsonLd({ name: "</script><script>alert(1)</script>" });
    expect(text).not.toContain("</script>");
    expect(JSON.parse(text)).toEqual({ name: "</script><script>alert(1)</script>" });
  });
});
