import { parseArgs } from 'node:util';
import { addVerifiedNumber, listVerifiedNumbers, removeVerifiedNumber } from '@/db/queries/verified-numbers';
import { AppError } from '@/lib/errors';
import { parsePhone } from '@/lib/phone';
import { defaultRegion } from '@/lib/site';
import { createVerifiedNumberSchema } from '@/lib/validation/verified-number';
import { loadEnv, openMigratedDatabase, runCli } from './lib/cli';

const USAGE = `Manage the registry of organisations' genuine numbers.

  npm run verified -- add --number "+44 345 734 5345" --organisation "Example Bank" --source https://bank.example/contact
  npm run verified -- list
  npm run verified -- remove --number "+44 345 734 5345"

A genuine number's page names its organisation, never calls the number a scam, and tells people
to call the organisation back themselves. Every change is written to the audit log.
With the embedded database, stop the server first: only one process may open it.`;

const CLI_ACTOR = { id: null, label: 'cli' };

runCli(async () => {
  loadEnv();
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      number: { type: 'string' },
      organisation: { type: 'string' },
      source: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  const command = positionals[0];
  if (values.help || !command) {
    console.log(USAGE);
    return;
  }
  if (!['add', 'list', 'remove'].includes(command)) throw new AppError('INVALID_INPUT', `Unknown command "${command}".\n\n${USAGE}`);

  // Checked before the database is opened: a typo costs nothing.
  const entry = command === 'add' ? createVerifiedNumberSchema(defaultRegion()).safeParse({ number: values.number, organisation: values.organisation, source: values.source }) : null;
  if (entry && !entry.success) throw new AppError('INVALID_INPUT', entry.error.issues.map((issue) => `--${issue.path[0] === 'number' ? 'number' : String(issue.path[0])}: ${issue.message}`).join('\n'));
  const removing = command === 'remove' ? parsePhone(values.number ?? '', defaultRegion()) : null;
  if (removing && !removing.ok) throw new AppError('INVALID_INPUT', `--number: ${removing.error.message}`);

  const handle = await openMigratedDatabase();
  try {
    const db = handle.db;
    if (entry?.success) {
      await addVerifiedNumber(db, { ...entry.data, actor: CLI_ACTOR });
      console.log(`Added ${entry.data.phone.international} as the real number of ${entry.data.organisation} (source: ${entry.data.sourceUrl}).`);
    } else if (removing?.ok) {
      await removeVerifiedNumber(db, { e164: removing.phone.e164, actor: CLI_ACTOR });
      console.log(`Removed ${removing.phone.international} from the registry.`);
    } else {
      const entries = await listVerifiedNumbers(db);
      if (entries.length === 0) console.log('The registry is empty.');
      for (const item of entries) {
        console.log(`${item.e164}\t${item.organisation}\t${item.sourceUrl}\tverified by ${item.verifiedByEmail ?? item.verifiedByLabel} on ${item.verifiedAt.toISOString().slice(0, 10)}`);
      }
    }
  } finally {
    await handle.close();
  }
});
