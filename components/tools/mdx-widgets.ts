import { ChecklistById } from "./checklist-by-id";
import { ImportTaxCalculatorPanel } from "./import-tax-calculator-panel";

/**
 * Interactive widgets an article may place, e.g. <Checklist id="evidence" />. Client widgets are
 * "use client" leaves imported here, in server code, so they reach MDX as client references
 * (a "use client" file bundled into MDX would lose its directive: contentlayer #535).
 */
export const mdxWidgets = {
  Checklist: ChecklistById,
  ImportTaxCalculator: ImportTaxCalculatorPanel,
};
