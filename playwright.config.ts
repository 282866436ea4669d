import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${port}`;

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [
    // Signs the e2e moderator and admin in once; the specs reuse their sessions.
    { name: 'staff-setup', testMatch: /staff\.setup\.ts/, use: { ...devices['Desktop Chrome'], channel: undefined } },
    { name: 'desktop', use: { ...devices['Desktop Chrome'], channel: undefined }, testIgnore: [/.*\.mobile\.spec\.ts/, /instances\//], dependencies: ['staff-setup'] },
    // Two more servers of their own, on one PostgreSQL database (TEST_DATABASE_URL, else the machine's).
    { name: 'instances', use: { ...devices['Desktop Chrome'], channel: undefined }, testMatch: /instances\/.*\.spec\.ts/ },
    { name: 'phone', use: { ...devices['Pixel 7'], channel: undefined }, testMatch: /.*\.mobile\.spec\.ts/ },
    // Last: reads the servers' logs the whole suite wrote.
    { name: 'server-log', testMatch: /server-log\.audit\.ts/, dependencies: ['desktop', 'instances', 'phone'] },
  ],
  webServer: {
    command: 'node_modules/.bin/tsx scripts/e2e-server.ts',
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'pipe',
    stderr: 'pipe',
    // Tests pose as different clients through X-Forwarded-For, which only this server trusts;
    // the anti-spam puzzle is made easy and the minimum fill time short, so tests stay quick.
    env: {
      E2E_PORT: String(port),
      NEXT_TELEMETRY_DISABLED: '1',
      DEMO_DATA: 'on',
      TRUST_PROXY: '1',
      POW_DIFFICULTY: '20',
      REPORT_MIN_FILL_SECONDS: '1',
    },
  },
});
