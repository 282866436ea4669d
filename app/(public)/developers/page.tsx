import type { Metadata } from 'next';
import Link from 'next/link';
import { API_RATE_LIMIT } from '@/lib/api';
import { OPENAPI } from '@/lib/openapi';
import { siteUrl } from '@/lib/site';
import { CodeLists } from '@/components/open-data/code-lists';

export const metadata: Metadata = {
  title: 'API for developers',
  description: 'A free, read-only JSON API of published scam reports about phone numbers, with a private way to check a number.',
};

interface Operation {
  operationId: string;
  summary: string;
  description?: string;
  parameters?: ReadonlyArray<{ name: string; in: string; required?: boolean; description?: string }>;
  responses: Record<string, { description: string }>;
}

// Rendered per request: the examples carry this site's own address, so they work when pasted.
export const dynamic = 'force-dynamic';

function examples(site: string): Record<string, string> {
  return {
    getNumber: `curl ${site}/api/v1/numbers/+12025550143\ncurl "${site}/api/v1/numbers/(202)%20555-0143?country=US"`,
    checkHash: `printf '%s' '+12025550143' | sha256sum | cut -c1-5     # → the prefix to send\ncurl ${site}/api/v1/check/<prefix>`,
    listReports: `curl "${site}/api/v1/reports?category=bank_impersonation&limit=50"\ncurl "${site}/api/v1/reports?before=<next from the previous page>"`,
  };
}

export default function DevelopersPage() {
  const EXAMPLES = examples(siteUrl().origin);
  const operations = Object.entries(OPENAPI.paths).map(([path, methods]) => ({ path, operation: methods.get as Operation }));
  return (
    <div className="max-w-3xl space-y-8">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold">API for developers</h1>
        <p>{OPENAPI.info.description}</p>
        <p>
          The full description, for code generators and API tools, is at <a href="/api/v1/openapi.json">/api/v1/openapi.json</a> (OpenAPI 3.1).
          Data is published under <a href={OPENAPI.info.license.url}>{OPENAPI.info.license.name}</a>: credit “{OPENAPI.info.title.replace(' API', '')}”.
        </p>
      </header>

      <section aria-labelledby="rules-heading" className="space-y-2">
        <h2 id="rules-heading" className="text-xl font-bold">The rules</h2>
        <ul className="list-disc space-y-1 pl-5">
          <li>Read-only, no key, open to any website (CORS).</li>
          <li>
            {API_RATE_LIMIT.requests} requests a minute per client. Every answer says where you stand in the <code>RateLimit</code> and{' '}
            <code>RateLimit-Policy</code> headers; past the limit you get <code>429</code> and a <code>Retry-After</code>.
          </li>
          <li>Answers carry an <code>ETag</code>; send it back in <code>If-None-Match</code> and an unchanged answer is a bodiless <code>304</code>.</li>
          <li>Errors are JSON: <code>{'{ "error": { "code": "invalid_number", "message": "…" } }'}</code>, with a 4xx status that says whose problem it is.</li>
          <li>Show the caveat with the data: a number on a caller’s screen can be faked, so a listing is never proof about the number’s owner.</li>
        </ul>
      </section>

      {operations.map(({ path, operation }) => (
        <section key={path} aria-labelledby={`${operation.operationId}-heading`} className="space-y-3 rounded-lg bg-white p-5 ring-1 ring-slate-200">
          <h2 id={`${operation.operationId}-heading`} className="text-xl font-bold">{operation.summary}</h2>
          <p className="font-mono text-sm">GET /api/v1{path}</p>
          {operation.description ? <p>{operation.description}</p> : null}
          {operation.parameters?.length ? (
            <dl className="space-y-1">
              {operation.parameters.map((parameter) => (
                <div key={parameter.name}>
                  <dt className="inline font-mono font-semibold">{parameter.name}</dt>{' '}
                  <dd className="inline text-slate-700">({parameter.in}{parameter.required ? ', required' : ''}){parameter.description ? `: ${parameter.description}` : ''}</dd>
                </div>
              ))}
            </dl>
          ) : null}
          <ul className="list-disc pl-5 text-sm">
            {Object.entries(operation.responses).map(([status, response]) => (
              <li key={status}><span className="font-mono">{status}</span>: {response.description}</li>
            ))}
          </ul>
          <pre className="overflow-x-auto rounded bg-slate-900 p-3 text-sm text-slate-100"><code>{EXAMPLES[operation.operationId]}</code></pre>
        </section>
      ))}

      <section aria-labelledby="bulk-heading" className="space-y-2">
        <h2 id="bulk-heading" className="text-xl font-bold">Everything at once, or as it happens</h2>
        <ul className="list-disc space-y-1 pl-5">
          <li>
            <Link href="/data">Daily downloads</Link>: every published report and every reported number as gzipped CSV and JSON Lines, with
            SHA-256 checksums. Fetch <code>/data/latest/reports.csv.gz</code> once a day instead of paging through the API.
          </li>
          <li>
            Atom feeds of newly published reports: <a href="/feeds/latest.xml">/feeds/latest.xml</a>, and one per country of the number, such
            as <a href="/feeds/countries/in.xml">/feeds/countries/in.xml</a>.
          </li>
          <li>
            <Link href="/stats">Statistics</Link>: the same data summed up by month, kind of scam, way of contact and country.
          </li>
        </ul>
      </section>

      <section aria-labelledby="codes-heading" className="space-y-3">
        <h2 id="codes-heading" className="text-xl font-bold">Codes and what they mean</h2>
        <CodeLists />
      </section>
    </div>
  );
}
