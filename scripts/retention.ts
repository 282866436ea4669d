import { applyRetention } from '@/db/queries/retention';
import { settings } from '@/lib/settings';
import { loadEnv, openMigratedDatabase, runCli } from './lib/cli';

/**
 * `npm run retention`: erases the personal data past its time once (the server also does this
 * every day, on one instance), and prints what it erased. With the embedded database, stop the
 * server first (it holds the database).
 */
runCli(async () => {
  loadEnv();
  const policy = settings().retention;
  const handle = await openMigratedDatabase();
  try {
    const erased = await applyRetention(handle.db, policy);
    console.log('Erased what was past its time:');
    console.log(`  reporters’ emails (${policy.reporterEmailDays} days after the decision): ${erased.reporterEmails}`);
    console.log(`  owners’ contact details (${policy.reporterEmailDays} days after the decision): ${erased.ownerContacts}`);
    console.log(`  IP address hashes (after ${policy.ipHashDays} days): ${erased.ipHashes}`);
    console.log(`  reporters’ own text of rejected and spam reports (${policy.rejectedTextDays} days after the decision; the redacted text stays): ${erased.rejectedTexts}`);
    console.log(`  failed sign-in records (after ${policy.failedSignInDays} days): ${erased.failedSignIns}`);
  } finally {
    await handle.close();
  }
});
