import redirectsData from "./lib/content/redirects.json" with { type: "json" };

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Guides are compiled by scripts/build-content.ts before the build; these stay out of Next's
  // module graph in case a server module ever imports them (stack-notes, "esbuild binary").
  serverExternalPackages: ["mdx-bundler", "esbuild"],
  async redirects() {
    return redirectsData.redirects.map(({ from, to }) => ({ source: from, destination: to, permanent: true }));
  },
};

export default nextConfig;
