import { ImportTaxCalculator } from "./import-tax-calculator";
import { calculatorProps, type PanelProps } from "./import-tax-calculator-props";

/** The calculator's own page: the widget's code loads with the page. */
export function ImportTaxCalculatorPanel(props: PanelProps) {
  return <ImportTaxCalculator {...calculatorProps(props)} />;
}
