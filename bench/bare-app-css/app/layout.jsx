import "./bare.css";

// bench:lighthouse's second yardstick: the bare page with one small stylesheet, as every real page has.
export const metadata = { title: "Bare Next page with a stylesheet", description: "A bare Next.js App Router page with one CSS file, measured as the framework's ceiling." };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
