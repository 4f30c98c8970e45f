import { describe, expect, it } from "vitest";
import { formValues } from "./form-values";

describe("formValues", () => {
  it("keeps the first of repeated answers and leaves out empty ones", () => {
    expect(formValues({ country: ["GB", "DE"], paid: "", platform: undefined, payment: "paypal" })).toEqual({ country: "GB", payment: "paypal" });
  });

  it("cuts an answer to 100 characters before the form shows it again", () => {
    expect(formValues({ amount: "9".repeat(5000) }).amount).toHaveLength(100);
  });
});
