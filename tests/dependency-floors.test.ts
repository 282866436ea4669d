import fs from 'node:fs';
import path from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

// `npm audit` cannot reach its service from every machine this runs on, so the known fixes are
// guarded here: each floor closes a published remote-code-execution, injection or auth flaw.
const FLOORS: Record<string, string> = {
  next: '16.3.3',
  react: '19.2.8',
  'react-dom': '19.2.8',
  'drizzle-orm': '0.45.2',
  'next-auth': '5.0.0-beta.32',
};

// Read from node_modules directly: some packages do not export their package.json.
function installedVersion(name: string): string {
  const manifest = path.join(process.cwd(), 'node_modules', name, 'package.json');
  return (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { version: string }).version;
}

describe('security floors of installed dependencies', () => {
  it.each(Object.entries(FLOORS))('%s is at least %s', (name, floor) => {
    const version = installedVersion(name);
    expect(semver.gte(version, floor), `${name}@${version} is below ${floor}`).toBe(true);
  });

  it('keeps next-auth on the v5 line, where the session checks this portal relies on live', () => {
    expect(semver.major(installedVersion('next-auth'))).toBe(5);
  });
});
