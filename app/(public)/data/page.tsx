import type { Metadata } from 'next';
import Link from 'next/link';
import { formatBytes, formatDate } from '@/lib/format';
import { DUMPS_KEPT, listDumps, NUMBER_FIELDS, OPEN_DATA_LICENCE, REPORT_FIELDS, TOTAL_FIELDS, type DumpFile } from '@/lib/open-data';
import { SITE_NAME } from '@/lib/site';
import { CodeLists } from '@/components/open-data/code-lists';

export const metadata: Metadata = {
  title: 'Download the data',
  description: 'Daily downloads of every published scam report and every reported number, in CSV and JSON Lines, under CC BY 4.0.',
};

// The dumps on disk change once a day; read them on every request rather than at build time.
export const dynamic = 'force-dynamic';

/** Addresses that always give the newest dump's files. */
const LATEST = '/data/latest';
const FORMAT_LABELS = { csv: 'CSV', jsonl: 'JSON Lines' } as const;

export default function DataPage() {
  const dumps = listDumps();
  const latest = dumps[0];
  return (
    <div className="max-w-4xl space-y-8">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold">Download the data</h1>
        <p>
          Every report a moderator has published, and every number they name, as files to download once a day: for
          researchers, journalists, telecoms and the makers of call-blocking apps. The same data is in the{' '}
          <Link href="/developers">API</Link> one number at a time, in the <a href="/feeds/latest.xml">feed of new reports</a>,
          and summed up on the <Link href="/stats">statistics page</Link>.
        </p>
        <p>
          A number shown on a caller’s screen can be faked. A row in these files says what calls or messages showing the number
          were like, not who owns it; please keep that caveat with the data wherever you use it.
        </p>
      </header>

      <section aria-labelledby="latest-heading" className="space-y-3">
        <h2 id="latest-heading" className="text-xl font-bold">Today’s files</h2>
        {latest ? (
          <>
            <p>
              Made on {formatDate(latest.generatedAt)} at {latest.generatedAt.slice(11, 16)} UTC, with every report published until then.
              The addresses under <code>/data/latest/</code> always give the newest files.
            </p>
            <FileTable files={latest.files} base={LATEST} />
            <p>
              Check a download against its SHA-256 checksum: put it beside <a href={`${LATEST}/SHA256SUMS`}>SHA256SUMS</a> and
              run <code>sha256sum -c SHA256SUMS --ignore-missing</code>. The <a href={`${LATEST}/manifest.json`}>manifest</a> lists
              the same files, their rows and checksums as JSON, for scripts.
            </p>
          </>
        ) : (
          <p className="rounded-md bg-amber-50 p-4 ring-1 ring-amber-200">
            The first files are being written and will be here within minutes. The server makes them once a day.
          </p>
        )}
      </section>

      <section aria-labelledby="licence-heading" className="space-y-2">
        <h2 id="licence-heading" className="text-xl font-bold">Licence</h2>
        <p>
          The data is published under <a href={OPEN_DATA_LICENCE.url}>{OPEN_DATA_LICENCE.name}</a>. You may copy, share and build on it,
          also commercially, if you credit “{SITE_NAME}” and say whether you changed it.
        </p>
      </section>

      <section aria-labelledby="privacy-heading" className="space-y-2">
        <h2 id="privacy-heading" className="text-xl font-bold">What the files never hold</h2>
        <ul className="list-disc space-y-1 pl-5">
          <li>Reports waiting for a moderator, or reports that were rejected or taken down.</li>
          <li>What people wrote, even redacted, and the name the caller gave: free text can identify a victim.</li>
          <li>Anything about the person who reported: no email address, no country of residence, no network address or its hash.</li>
          <li>
            A report’s exact amount: money lost is given as a band, such as 1000-9999 in the report’s currency. Exact amounts
            appear only summed, in the totals, as on the statistics page.
          </li>
        </ul>
      </section>

      <section aria-labelledby="fields-heading" className="space-y-4">
        <h2 id="fields-heading" className="text-xl font-bold">What the files hold</h2>
        <p>
          Each dataset comes as CSV (UTF-8, comma-separated, a header row) and as JSON Lines (one object per line), both gzipped.
          An empty cell in CSV is <code>null</code> in JSON.
        </p>
        <FieldList id="reports-fields" title="reports: one row per published report" fields={REPORT_FIELDS} />
        <FieldList id="numbers-fields" title="numbers: one row per number with published reports" fields={NUMBER_FIELDS} />
        <FieldList id="totals-fields" title="totals: the statistics’ exact sums, one row per month, country, kind and currency" fields={TOTAL_FIELDS} />
      </section>

      <section aria-labelledby="codes-heading" className="space-y-3">
        <h2 id="codes-heading" className="text-xl font-bold">Codes and what they mean</h2>
        <CodeLists />
      </section>

      {dumps.length > 1 ? (
        <section aria-labelledby="earlier-heading" className="space-y-3">
          <h2 id="earlier-heading" className="text-xl font-bold">Earlier days</h2>
          <p>The last {DUMPS_KEPT} days are kept.</p>
          <ul className="space-y-2">
            {dumps.slice(1).map((dump) => (
              <li key={dump.date}>
                <span className="font-semibold">{formatDate(dump.date)}</span>:{' '}
                {dump.files.map((file, index) => (
                  <span key={file.name}>
                    {index > 0 ? ', ' : null}
                    <a href={`/data/${dump.date}/${file.name}`}>{file.name}</a>
                  </span>
                ))}
                , <a href={`/data/${dump.date}/SHA256SUMS`}>SHA256SUMS</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

function FileTable({ files, base }: { files: DumpFile[]; base: string }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Files of the newest dump</caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="py-2 pr-4">File</th>
            <th scope="col" className="py-2 pr-4">Format</th>
            <th scope="col" className="py-2 pr-4 text-right">Rows</th>
            <th scope="col" className="py-2 pr-4 text-right">Size</th>
            <th scope="col" className="py-2">SHA-256</th>
          </tr>
        </thead>
        <tbody>
          {files.map((file) => (
            <tr key={file.name} className="border-b border-slate-200">
              <th scope="row" className="py-2 pr-4 font-normal">
                <a href={`${base}/${file.name}`} download>{file.name}</a>
              </th>
              <td className="py-2 pr-4">{FORMAT_LABELS[file.format]}, gzip</td>
              <td className="py-2 pr-4 text-right tabular-nums">{file.rows.toLocaleString('en')}</td>
              <td className="py-2 pr-4 text-right tabular-nums">{formatBytes(file.bytes)}</td>
              <td className="py-2 font-mono text-xs break-all">{file.sha256}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function FieldList({ id, title, fields }: { id: string; title: string; fields: Record<string, string> }) {
  return (
    <div className="rounded-lg bg-white p-5 ring-1 ring-slate-200">
      <h3 id={id} className="mb-2 font-mono font-semibold">{title}</h3>
      <dl className="space-y-1 text-sm">
        {Object.entries(fields).map(([name, description]) => (
          <div key={name}>
            <dt className="inline font-mono font-semibold">{name}</dt>: <dd className="inline">{description}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
