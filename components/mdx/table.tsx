import type { ComponentPropsWithoutRef } from "react";

/**
 * Wide tables scroll inside their own box instead of widening the page on a phone. The box is
 * positioned so visually hidden text inside a cell (absolutely placed) stays within it too.
 */
export function ScrollTable(props: ComponentPropsWithoutRef<"table">) {
  return (
    <div className="relative overflow-x-auto" role="region" aria-label="Table" tabIndex={0}>
      <table {...props} />
    </div>
  );
}
