'use client';

import { useEffect } from 'react';

/**
 * Single-key shortcuts for the moderation pages. An element marked `data-shortcut="a"` is
 * clicked when "a" is pressed (or focused, for a field); rows marked `data-shortcut-row` are
 * moved through with j and k; "?" opens the list of shortcuts. Keys typed into a field are left
 * alone, and without JavaScript every action is still a plain link or button.
 */
export function KeyboardShortcuts({ shortcuts }: { shortcuts: ReadonlyArray<readonly [key: string, what: string]> }) {
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      if (event.key === '?') {
        const help = document.getElementById('keyboard-shortcuts');
        if (help instanceof HTMLDetailsElement) help.open = !help.open;
        event.preventDefault();
        return;
      }
      if (event.key === 'j' || event.key === 'k') {
        const rows = [...document.querySelectorAll<HTMLElement>('[data-shortcut-row]')];
        if (rows.length === 0) return;
        const current = rows.findIndex((row) => row === document.activeElement);
        const next = event.key === 'j' ? Math.min(rows.length - 1, current + 1) : Math.max(0, current - 1);
        rows[current < 0 ? 0 : next]?.focus();
        event.preventDefault();
        return;
      }
      const element = document.querySelector<HTMLElement>(`[data-shortcut="${CSS.escape(event.key)}"]`);
      if (!element) return;
      event.preventDefault();
      if (element.matches('input, select, textarea')) element.focus();
      else element.click();
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <details id="keyboard-shortcuts" className="rounded-md bg-white p-3 text-sm ring-1 ring-slate-200">
      <summary className="cursor-pointer font-semibold">Keyboard shortcuts (press ?)</summary>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        {shortcuts.map(([key, what]) => (
          <div key={key} className="contents">
            <dt><kbd className="rounded border border-slate-400 px-1.5 font-mono">{key}</kbd></dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
