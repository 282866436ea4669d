import path from 'node:path';

/** Where the set-up project keeps the signed-in sessions of the e2e moderator and admin. */
export const STAFF_STATE = {
  moderator: path.join(import.meta.dirname, '..', '.e2e', 'auth', 'moderator.json'),
  admin: path.join(import.meta.dirname, '..', '.e2e', 'auth', 'admin.json'),
} as const;
