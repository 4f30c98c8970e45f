import { calculatorProps } from "./import-tax-calculator-props";
import { ImportTaxCalculatorLazy } from "./import-tax-calculator-lazy";

/** `<ImportTaxCalculator destination="DE" />` in MDX: worked out on the server, its widget code loaded only where placed. */
export function ArticleImportTaxCalculator({ destination }: { destination?: string }) {
  return <ImportTaxCalculatorLazy {...calculatorProps(destination === undefined ? {} : { destination })} />;
}
