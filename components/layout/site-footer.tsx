import Link from 'next/link';
import { SITE_NAME } from '@/lib/site';

export function SiteFooter() {
  return (
    <footer role="contentinfo" className="mt-12 border-t border-slate-200 bg-white text-sm text-slate-600">
      <div className="mx-auto grid max-w-5xl gap-6 px-4 py-8 sm:grid-cols-3">
        <div>
          <p className="font-semibold text-slate-900">{SITE_NAME}</p>
          <p className="mt-2">
            Reports come from the public and are read by a moderator before they appear. A listing is evidence about calls
            that <em>showed</em> a number, never proof about who owns it: caller ID can be faked.
          </p>
        </div>
        <div>
          <p className="font-semibold text-slate-900">Two habits that stop most scams</p>
          <ol className="mt-2 list-decimal space-y-1 pl-5">
            <li><Link href="/guides/caller-id-proves-nothing">Treat caller ID as a hint, not proof.</Link></li>
            <li><Link href="/guides/always-call-back-yourself">Hang up and make the call yourself, to a number you already trust.</Link></li>
          </ol>
        </div>
        <nav aria-label="Footer">
          <ul className="space-y-1">
            <li><Link href="/">Check a number</Link></li>
            <li><Link href="/help">Just got a call? What to do</Link></li>
            <li><Link href="/guides">Guides</Link></li>
            <li><Link href="/numbers">Reported numbers</Link></li>
            <li><Link href="/report">Report a scam</Link></li>
            <li><Link href="/stats">Statistics</Link></li>
            <li><Link href="/data">Download the data</Link></li>
            <li><Link href="/developers">API for developers</Link></li>
          </ul>
        </nav>
      </div>
      <p className="mx-auto max-w-5xl px-4 pb-6 text-xs text-slate-500">
        In an emergency, or if you are being threatened, contact your local police. This site is not a government service.
      </p>
    </footer>
  );
}
