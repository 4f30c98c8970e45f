import type { ComponentPropsWithoutRef } from "react";

/**
 * Articles are rendered to static HTML at build time, so every link here is a plain <a>: internal
 * ones load the (prerendered, cached) page directly. External links open in place but say they
 * leave the site, with rel set so the target cannot reach back into this page.
 */
export function SmartLink({ href = "", children, ...props }: ComponentPropsWithoutRef<"a">) {
  if (href.startsWith("/") || href.startsWith("#")) {
    return (
      <a href={href} {...props}>
        {children}
      </a>
    );
  }
  return (
    <a href={href} rel="noopener noreferrer external" {...props}>
      {children}
      <span className="visually-hidden"> (external site)</span>
      <svg aria-hidden="true" viewBox="0 0 12 12" width="12" height="12" className="ml-1 inline-block align-baseline">
        <path d="M4.5 2H2v8h8V7.5M7 2h3v3M10 2 5.5 6.5" fill="none" stroke="currentColor" strokeWidth="1.4" />
      </svg>
    </a>
  );
}
