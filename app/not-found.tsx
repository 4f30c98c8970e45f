import type { Metadata } from "next";
import { WaysOn } from "@/components/site/ways-on";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <div className="max-w-3xl">
      <h1 className="text-4xl font-bold sm:text-5xl">Page not found</h1>
      <p className="mt-4 text-xl">
        The address may be mistyped, or the page may have moved. These pages can help you with an overseas order that
        went wrong:
      </p>
      <WaysOn />
    </div>
  );
}
