/** Staff accounts the e2e server creates, and the tests sign in with. */
export const E2E_STAFF = {
  moderator: { email: 'moderator@e2e.invalid', password: 'e2e-moderator-password' },
  admin: { email: 'admin@e2e.invalid', password: 'e2e-admin-password-1' },
} as const;
