'use client';

import './globals.css';

// Replaces the root layout when the layout itself fails, so it brings its own <html> and <body>.
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body className="mx-auto max-w-2xl space-y-6 px-4 py-10">
        <h1 className="text-3xl font-bold">The site is having trouble</h1>
        <p className="text-lg">Please try again in a moment. If you are on a suspicious call: hang up, and call your bank on the number on your card.</p>
        <button type="button" onClick={reset} className="rounded-md bg-slate-900 px-5 py-2 font-semibold text-white">
          Try again
        </button>
        {error.digest ? <p className="text-sm text-slate-500">Error reference: {error.digest}</p> : null}
      </body>
    </html>
  );
}
