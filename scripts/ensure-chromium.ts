import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

/**
 * The e2e tests drive Debian's Chromium; Playwright's own browser download is not used. When it
 * is missing and we are root with apt-get, install it; otherwise say exactly what to run.
 */
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

function run(command: string, args: string[]): boolean {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  return result.status === 0;
}

if (!fs.existsSync(CHROMIUM)) {
  const isRoot = process.getuid?.() === 0;
  const hasApt = fs.existsSync('/usr/bin/apt-get');
  if (isRoot && hasApt) {
    console.log(`Chromium is not installed at ${CHROMIUM}: installing Debian's chromium package…`);
    if (!run('apt-get', ['update', '-qq']) || !run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'])) {
      console.error('Installing chromium with apt-get failed; see the output above.');
      process.exit(1);
    }
  } else {
    console.error(
      [
        `The end-to-end tests need Chromium at ${CHROMIUM}.`,
        hasApt ? 'Install it with:  sudo apt-get update && sudo apt-get install -y chromium' : 'Install Chromium with your package manager,',
        'or point CHROMIUM_PATH at an existing Chromium or Chrome binary.',
      ].join('\n'),
    );
    process.exit(1);
  }
}
