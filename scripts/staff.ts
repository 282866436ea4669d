import { parseArgs } from 'node:util';
import { z } from 'zod';
import { STAFF_ROLES, type StaffRole } from '@/db/constants';
import { recordAudit } from '@/db/queries/audit';
import { clearLoginFailures } from '@/db/queries/login-attempts';
import { hashLoginEmail } from '@/lib/login-throttle';
import { findUserByEmail, listUsers, resetTotp, updateUserAccess } from '@/db/queries/users';
import { hashPassword, passwordProblem } from '@/lib/passwords';
import { loadEnv, openMigratedDatabase, runCli } from './lib/cli';
import { addStaff, generatePassword } from './lib/staff';

const USAGE = `Manage staff accounts.

  npm run staff -- add --email a@b.c --role moderator|admin [--name "Full Name"] [--password-stdin]
  npm run staff -- list
  npm run staff -- disable --email a@b.c
  npm run staff -- enable --email a@b.c
  npm run staff -- reset-password --email a@b.c [--password-stdin]
  npm run staff -- set-role --email a@b.c --role moderator|admin
  npm run staff -- reset-2fa --email a@b.c        (turns off the authenticator-app code)
  npm run staff -- unlock --email a@b.c           (forgets the account's failed sign-ins)

Without --password-stdin a random password is generated and printed once.
With the embedded database, stop the server first: only one process may open it.
Disabling, a role change and a password reset end the user's sessions on their next request.`;

async function readPassword(fromStdin: boolean): Promise<{ password: string; generated: boolean }> {
  if (!fromStdin) return { password: generatePassword(), generated: true };
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const password = Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
  const problem = passwordProblem(password);
  if (problem) throw new Error(`Password: ${problem}`);
  return { password, generated: false };
}

runCli(async () => {
  loadEnv();
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string' },
      'password-stdin': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  const command = positionals[0];
  if (values.help || !command) {
    console.log(USAGE);
    return;
  }
  const email = values.email === undefined ? undefined : z.email().safeParse(values.email.trim().toLowerCase()).data;
  if (command !== 'list' && !email) throw new Error('Give a valid --email.');
  const role = values.role as StaffRole | undefined;
  if (role !== undefined && !STAFF_ROLES.includes(role)) throw new Error(`--role is one of: ${STAFF_ROLES.join(', ')}.`);

  const handle = await openMigratedDatabase();
  try {
    const db = handle.db;
    switch (command) {
      case 'add': {
        if (!role) throw new Error('Give --role moderator or --role admin.');
        const { password, generated } = await readPassword(values['password-stdin']);
        const user = await addStaff(db, { email: email!, name: values.name?.trim() || email!, role, password });
        if (!user) throw new Error(`There is already an account for ${email}.`);
        console.log(`Added ${user.role} ${user.email}.${generated ? `\nPassword (shown once): ${password}` : ''}`);
        break;
      }
      case 'list':
        for (const user of await listUsers(db)) {
          console.log(`${user.email}\t${user.role}\t${user.disabledAt ? 'disabled' : 'active'}\tlast sign-in: ${user.lastLoginAt?.toISOString() ?? 'never'}`);
        }
        break;
      case 'disable':
      case 'enable':
      case 'set-role':
      case 'reset-password': {
        if (command === 'set-role' && !role) throw new Error('Give --role moderator or --role admin.');
        const secret = command === 'reset-password' ? await readPassword(values['password-stdin']) : null;
        const change =
          command === 'set-role'
            ? { role }
            : command === 'reset-password'
              ? { passwordHash: await hashPassword(secret!.password) }
              : { disabled: command === 'disable' };
        const user = await updateUserAccess(db, { email: email!, change, actor: { id: null, label: 'cli' } });
        console.log(`${command}: done for ${user.email}.${secret?.generated ? `\nNew password (shown once): ${secret.password}` : ''}`);
        break;
      }
      case 'reset-2fa': {
        const user = await resetTotp(db, email!, { id: null, label: 'cli' });
        if (!user) throw new Error(`There is no account for ${email}.`);
        console.log(`reset-2fa: done for ${user.email}; they can set it up again after signing in.`);
        break;
      }
      case 'unlock': {
        const user = await findUserByEmail(db, email!);
        if (!user) throw new Error(`There is no account for ${email}.`);
        const cleared = await clearLoginFailures(db, hashLoginEmail(user.email));
        await recordAudit(db, { actorLabel: 'cli', action: 'user.unlock', subjectType: 'user', subjectId: user.id, after: { clearedAttempts: cleared } });
        console.log(`unlock: forgot ${cleared} failed or refused sign-in attempt${cleared === 1 ? '' : 's'} for ${email}.`);
        break;
      }
      default:
        throw new Error(`Unknown command "${command}".\n\n${USAGE}`);
    }
  } finally {
    await handle.close();
  }
});
