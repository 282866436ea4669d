import type { ReactNode } from 'react';

/** The answer to what someone just did, announced to screen readers as a status. */
export function Notice({ children }: { children: ReactNode }) {
  return (
    <div role="status" className="flex flex-wrap items-center gap-3 rounded-md bg-emerald-50 p-3 ring-1 ring-emerald-300">
      {children}
    </div>
  );
}
