import type { ComponentPropsWithoutRef } from "react";

/**
 * Wide tables scroll inside their own box instead of widening the page on a phone, and say so: a
 * shadow on the side that has more (pure CSS, see .table-scroll in app/globals.css) and a line
 * "Scroll sideways to see the whole table", shown only while the table is wider than its box where
 * the browser can tell (CSS scroll-state queries) and on every phone-width screen where it cannot.
 * The box is focusable so a keyboard can scroll it, and positioned so visually hidden text inside a
 * cell (absolutely placed) stays within it too.
 */
export function ScrollTable(props: ComponentPropsWithoutRef<"table">) {
  return (
    <div className="table-scroll relative" role="region" aria-label="Table, scrolls sideways when it is wider than the screen" tabIndex={0}>
      <p className="table-scroll-hint" aria-hidden="true">
        Scroll sideways to see the whole table <span>→</span>
      </p>
      <table {...props} />
    </div>
  );
}
