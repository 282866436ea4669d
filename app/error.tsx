'use client';

import Link from 'next/link';
import { useEffect } from 'react';

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <div className="max-w-2xl space-y-6">
      <h1 className="text-3xl font-bold">Something went wrong on our side</h1>
      <p className="text-lg text-slate-700">
        This is not your fault, and nothing you typed was lost on your device. Please try again in a moment.
      </p>
      <p className="rounded-md bg-brand-50 p-4 text-slate-800">
        If you are worried about a call right now: do not share any code or PIN, do not move money, and hang up. Call your
        bank on the number printed on your card.
      </p>
      <div className="flex flex-wrap gap-4">
        <button type="button" onClick={reset} className="rounded-md bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800">
          Try again
        </button>
        <Link href="/" className="self-center">Go to the home page</Link>
      </div>
      {error.digest ? <p className="text-sm text-slate-500">Error reference: {error.digest}</p> : null}
    </div>
  );
}
