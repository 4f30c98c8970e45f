"use client";

import { useEffect } from "react";

/**
 * The plan's form works without JavaScript, showing every question. With it, this hides (and
 * disables, so it is not sent) a question that doesn't apply: the region outside the UK and Canada,
 * and only the chosen country's regions within it; the agent's stage unless an agent was used.
 * A question with an error stays in view, so its message can be read.
 */
export function PlanFormEnhancer({ formId }: { formId: string }) {
  useEffect(() => {
    const form = document.getElementById(formId);
    if (!(form instanceof HTMLFormElement)) return;
    const field = (name: string) => form.elements.namedItem(name);
    const sync = () => {
      const country = field("country");
      const platform = field("platform");
      const region = field("region");
      const stage = field("agentStage");
      const countryValue = country instanceof HTMLSelectElement ? country.value : "";
      if (region instanceof HTMLSelectElement) {
        const group = countryValue === "GB" ? "United Kingdom" : countryValue === "CA" ? "Canada" : null;
        for (const optgroup of region.querySelectorAll("optgroup")) {
          const other = group !== null && optgroup.label !== group;
          optgroup.hidden = other;
          optgroup.disabled = other;
        }
        if (region.selectedOptions[0]?.disabled) region.value = "";
        show(region, "region", group !== null);
      }
      if (stage instanceof HTMLSelectElement) {
        show(stage, "agentStage", platform instanceof HTMLSelectElement && platform.value === "taobao-agent");
      }
    };
    const show = (control: HTMLSelectElement, name: string, applies: boolean) => {
      const wrapper = form.querySelector<HTMLElement>(`[data-plan-field="${name}"]`);
      if (!wrapper) return;
      const keep = applies || control.getAttribute("aria-invalid") === "true";
      wrapper.hidden = !keep;
      control.disabled = !keep;
    };
    sync();
    form.addEventListener("change", sync);
    return () => form.removeEventListener("change", sync);
  }, [formId]);
  return null;
}
