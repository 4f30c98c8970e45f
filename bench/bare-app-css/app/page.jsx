export default function Page() {
  return (
    <main>
      <h1>What went wrong with your order?</h1>
      <p>Pick the problem that fits best and we will show you what to do first, which deadline applies, and the letter to send.</p>
    </main>
  );
}
