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
            <li><Link href="/guides/caller-id-proves-nothing" className="inline-block py-1">Treat caller ID as a hint, not proof.</Link></li>
            <li><Link href="/guides/always-call-back-yourself" className="inline-block py-1">Hang up and make the call yourself, to a number you already trust.</Link></li>
          </ol>
        </div>
        <nav aria-label="Footer">
          <ul className="space-y-1">
            <li><Link href="/" className="inline-block py-1">Check a number</Link></li>
            <li><Link href="/help" className="inline-block py-1">Just got a call? What to do</Link></li>
            <li><Link href="/guides" className="inline-block py-1">Guides</Link></li>
            <li><Link href="/numbers" className="inline-block py-1">Reported numbers</Link></li>
            <li><Link href="/report" className="inline-block py-1">Report a scam</Link></li>
            <li><Link href="/stats" className="inline-block py-1">Statistics</Link></li>
            <li><Link href="/data" className="inline-block py-1">Download the data</Link></li>
            <li><Link href="/developers" className="inline-block py-1">API for developers</Link></li>
            <li><Link href="/privacy" className="inline-block py-1">Privacy</Link></li>
            <li><Link href="/about" className="inline-block py-1">About and contact</Link></li>
          </ul>
        </nav>
      </div>
      <p className="mx-auto max-w-5xl px-4 pb-6 text-xs text-slate-500">
        In an emergency, or if you are being threatened, contact your local police. This site is not a government service.
      </p>
    </footer>
  );
}
