import { describe, expect, it } from 'vitest';
import { isAppError } from './errors';
import { readSettings } from './settings';

describe('readSettings', () => {
  it('gives every setting its one default, and treats an empty value as unset', () => {
    const settings = readSettings({ PGLITE_DIR: '', PORT: ' ', DEFAULT_REGION: '' });
    expect(settings).toMatchObject({
      database: { engine: 'pglite', dir: './data/pglite' },
      pgliteDir: './data/pglite',
      demoData: true,
      defaultRegion: 'GB',
      port: 3000,
      host: '0.0.0.0',
      portalSecret: null,
      proxyTrust: { kind: 'none' },
      pageCacheBytes: 64 * 2 ** 20,
      openDataDir: './data/open-data',
      openDataExport: true,
      powDifficulty: 5_000,
      reportMinFillSeconds: 3,
      building: false,
    });
    expect(settings.siteUrl.href).toBe('http://localhost:3000/');
  });

  it('reads PostgreSQL, a region in any case, and switches', () => {
    const settings = readSettings({ DATABASE_URL: 'postgres://u@db:5432/portal', DATABASE_POOL_SIZE: '4', DEFAULT_REGION: 'in', DEMO_DATA: 'OFF', SITE_URL: 'https://portal.example/', PORT: '8080' });
    expect(settings.database).toEqual({ engine: 'postgres', url: 'postgres://u@db:5432/portal', poolSize: 4 });
    expect(settings).toMatchObject({ defaultRegion: 'IN', demoData: false, port: 8080 });
    expect(settings.siteUrl.href).toBe('https://portal.example/');
  });

  it('refuses bad values with one message naming each of them', () => {
    let error: unknown;
    try {
      readSettings({ PORT: 'eighty', DEFAULT_REGION: 'XX', PORTAL_SECRET: 'short', DEMO_DATA: 'maybe', DATABASE_URL: 'mysql://x', TRUST_PROXY: '-1' });
    } catch (caught) {
      error = caught;
    }
    expect(isAppError(error, 'INVALID_SETTINGS')).toBe(true);
    const message = (error as Error).message;
    expect(message).toMatch(/PORT must be a number/);
    expect(message).toMatch(/DEFAULT_REGION must be a two-letter country code/);
    expect(message).toMatch(/PORTAL_SECRET must be at least 32 characters long/);
    expect(message).toMatch(/DEMO_DATA must be "on" or "off"/);
    expect(message).toMatch(/DATABASE_URL must start with postgres:\/\//);
    expect(message).toMatch(/TRUST_PROXY "-1" is not an address or a CIDR block/);
  });
});
