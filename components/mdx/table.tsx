import type { ComponentPropsWithoutRef } from "react";

/** Wide tables scroll inside their own box instead of widening the page on a phone. */
export function ScrollTable(props: ComponentPropsWithoutRef<"table">) {
  return (
    <div className="overflow-x-auto" role="region" aria-label="Table" tabIndex={0}>
      <table {...props} />
    </div>
  );
}
