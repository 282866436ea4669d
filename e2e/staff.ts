/** Staff accounts the e2e server creates, and the tests sign in with. */
export const E2E_STAFF = {
  moderator: { email: 'moderator@e2e.invalid', password: 'e2e-moderator-password' },
  /** Admins must have a second factor: this one's authenticator key is set up by the e2e server. */
  admin: { email: 'admin@e2e.invalid', password: 'e2e-admin-password-1', totpKey: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP' },
  /** An admin without a second factor yet: led to set one up, then signs in with a recovery code. */
  newAdmin: { email: 'new-admin@e2e.invalid', password: 'e2e-new-admin-password' },
  /** Disabled and enabled again by a test; no other test uses it. */
  disposable: { email: 'disposable@e2e.invalid', password: 'e2e-disposable-password' },
  /** Sets up an authenticator app in its test. */
  twoFactor: { email: 'totp@e2e.invalid', password: 'e2e-two-factor-password' },
  /** Starts setting up an authenticator app in the replay test, and never finishes. */
  enrolling: { email: 'enrolling@e2e.invalid', password: 'e2e-enrolling-password' },
  /** Has wrong passwords thrown at it in its test. */
  throttled: { email: 'throttled@e2e.invalid', password: 'e2e-throttled-password' },
  /** Has wrong passwords thrown at it from one address while its owner signs in from another. */
  guessed: { email: 'guessed@e2e.invalid', password: 'e2e-guessed-password' },
  /** Signs in and out in the session tests. */
  session: { email: 'session@e2e.invalid', password: 'e2e-session-password' },
} as const;

/** The e2e server's `METRICS_TOKEN`. */
export const E2E_METRICS_TOKEN = 'e2e-metrics-token-7f3a9c21d4';
