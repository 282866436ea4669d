'use client';

import { useEffect, useState } from 'react';

/**
 * The ALTCHA widget: the browser solves a small proof-of-work puzzle, served by this site, while
 * the person fills in the form. Without JavaScript the report is still accepted, marked
 * unverified for the moderators. It starts when the form is first touched, or at once on a page
 * with nothing to fill in.
 */
export function ProofOfWork({ auto = 'onfocus' }: { auto?: 'onfocus' | 'onload' }) {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let cancelled = false;
    import('altcha').then(() => {
      if (!cancelled) setReady(true);
    });
    return () => {
      cancelled = true;
    };
  }, []);
  return (
    <div className="min-h-[3rem]" aria-live="polite">
      {ready ? (
        <altcha-widget
          challenge="/api/altcha"
          auto={auto}
          name="altcha"
          hidelogo
          hidefooter
        />
      ) : null}
    </div>
  );
}
