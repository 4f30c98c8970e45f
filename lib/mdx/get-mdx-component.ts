import * as React from "react";
import * as ReactDOM from "react-dom";
import * as jsxRuntime from "react/jsx-runtime";
import type { MDXContent } from "mdx/types";

/**
 * mdx-bundler/client's getMDXComponent, but run with the app's own React. The package's copy
 * imports `react` from node_modules, which under Next is a second React, and hooks in components
 * then fail with "Cannot read properties of null (reading 'useState')" (mdx-bundler #228, #242;
 * contentlayer2 PR #71 took the same route). Only first-party, build-compiled code reaches here.
 */
export function getMDXComponent(code: string): MDXContent {
  const scope = { React, ReactDOM, _jsx_runtime: jsxRuntime };
  const fn = new Function(...Object.keys(scope), code) as (...args: unknown[]) => { default: MDXContent };
  return fn(...Object.values(scope)).default;
}
