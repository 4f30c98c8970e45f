/**
 * Interactive widgets an article may place, e.g. <ImportTaxCalculator destination="DE" />. Each is
 * a "use client" leaf imported here, in server code, so it reaches MDX as a client reference
 * (a "use client" file bundled into MDX would lose its directive: contentlayer #535).
 */
export const mdxWidgets = {};
