"use client";

import dynamic from "next/dynamic";

/**
 * The calculator as a guide places it (`<ImportTaxCalculator />` in MDX). Loaded as its own chunk,
 * only on the guides that use it: imported directly, its code would ride along with every guide's
 * JavaScript (9 kB gzipped with the checklist, over the guide budget in bench:js). It is still
 * rendered on the server, so the page is complete without JavaScript.
 */
export const ImportTaxCalculatorLazy = dynamic(() => import("./import-tax-calculator").then((module) => module.ImportTaxCalculator));
