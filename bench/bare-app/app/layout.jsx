// The framework's floor for bench:lighthouse: one App Router page, no components, no CSS file.
export const metadata = { title: "Bare Next page", description: "A bare Next.js App Router page, measured as the framework's ceiling." };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", margin: "1rem", lineHeight: 1.6 }}>{children}</body>
    </html>
  );
}
