'use client';

import { useState } from 'react';

/** A read-only text box with a copy button; without JavaScript the text can still be selected. */
export function CopyText({ id, label, text }: { id: string; label: string; text: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="space-y-2">
      <label htmlFor={id} className="block font-semibold">{label}</label>
      <textarea id={id} readOnly value={text} rows={Math.min(16, text.split('\n').length + 1)} className="w-full rounded-md border border-slate-300 bg-slate-50 p-3 font-mono text-sm" />
      <button
        type="button"
        className="rounded-md border border-slate-400 bg-white px-4 py-2 font-semibold hover:bg-slate-100"
        onClick={async () => {
          await navigator.clipboard.writeText(text);
          setCopied(true);
        }}
      >
        {copied ? 'Copied' : 'Copy summary'}
      </button>
      <span aria-live="polite" className="sr-only">{copied ? 'Summary copied to the clipboard' : ''}</span>
    </div>
  );
}
