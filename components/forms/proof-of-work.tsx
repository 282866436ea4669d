'use client';

import { useEffect, useRef, useState } from 'react';

/**
 * The ALTCHA widget: the browser solves a small proof-of-work puzzle, served by this site, while
 * the person fills in the form. Without JavaScript the report is still accepted, marked
 * unverified for the moderators. It starts when the form is first touched, or at once on a page
 * with nothing to fill in, or on a form that was touched before the widget's script arrived.
 */
export function ProofOfWork({ auto = 'onfocus' }: { auto?: 'onfocus' | 'onload' }) {
  const box = useRef<HTMLDivElement>(null);
  const [start, setStart] = useState<'onfocus' | 'onload' | null>(null);
  useEffect(() => {
    let cancelled = false;
    import('altcha').then(() => {
      if (cancelled) return;
      // The widget waits for the form's next focus; someone already in the form may not give one.
      const touched = Boolean(document.activeElement && box.current?.closest('form')?.contains(document.activeElement));
      setStart(touched ? 'onload' : auto);
    });
    return () => {
      cancelled = true;
    };
  }, [auto]);
  return (
    <div ref={box} className="min-h-[3rem]" aria-live="polite">
      {start ? (
        <altcha-widget
          challenge="/api/altcha"
          auto={start}
          name="altcha"
          hidelogo
          hidefooter
        />
      ) : null}
    </div>
  );
}
