import NextAuth from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { recordAudit } from '@/db/queries/audit';
import { consumeTotpStep, findUserByEmail, getSessionUser, recordLoginFailure, recordLoginSuccess } from '@/db/queries/users';
import { CLIENT_IP_HEADER, hashIp } from '@/lib/ip';
import { verifyPassword } from '@/lib/passwords';
import { decryptTotpSecret, totpStep } from '@/lib/totp';
import { loginDelaySeconds, noteFailedLogin, tooManyFromAddress } from '@/lib/login-throttle';
import { authConfig } from './auth.config';

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().max(254),
  password: z.string().max(256),
  code: z.string().max(20).optional(),
});

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  logger: {
    // A failed sign-in is expected, and already in the audit log.
    error(error) {
      if ((error as { type?: string }).type !== 'CredentialsSignin') console.error('[auth]', error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {}, code: {} },
      async authorize(credentials, request) {
        const parsed = credentialsSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const { email, password, code } = parsed.data;
        const ipHash = hashIp(request.headers.get(CLIENT_IP_HEADER));
        const db = await getDb();
        const user = await findUserByEmail(db, email);

        // The same answer, after the same work, for an unknown email, a wrong password, a
        // disabled account and a throttled one.
        const throttled =
          tooManyFromAddress(ipHash) ||
          (user !== null && user.lastFailedLoginAt !== null && Date.now() - user.lastFailedLoginAt.getTime() < loginDelaySeconds(user.failedLoginCount) * 1000);
        const passwordOk = await verifyPassword(user?.passwordHash ?? null, password);
        // With a second factor set up, the code must be right and unused too.
        let secondFactorOk = true;
        if (user?.totpEnabledAt && user.totpSecret && passwordOk && !throttled) {
          const secret = decryptTotpSecret(user.totpSecret);
          const step = secret ? totpStep(secret, code) : null;
          secondFactorOk = step !== null && (await consumeTotpStep(db, { userId: user.id, step }));
        }
        if (!user || !passwordOk || !secondFactorOk || throttled || user.disabledAt) {
          noteFailedLogin(ipHash);
          if (user && !throttled) await recordLoginFailure(db, user.id);
          await recordAudit(db, {
            actorId: user?.id ?? null,
            actorLabel: email.slice(0, 254) || 'anonymous',
            action: 'auth.sign_in_failed',
            subjectType: 'user',
            subjectId: user?.id ?? null,
            ipHash,
            after: { reason: !user ? 'unknown_email' : user.disabledAt ? 'disabled' : throttled ? 'throttled' : !passwordOk ? 'wrong_password' : 'wrong_code' },
          });
          return null;
        }
        await recordLoginSuccess(db, user.id);
        await recordAudit(db, { actorId: user.id, actorLabel: user.email, action: 'auth.sign_in', subjectType: 'user', subjectId: user.id, ipHash });
        return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.role = user.role;
        token.sv = user.sessionVersion;
        return token;
      }
      // Every request re-reads the account: disabling it, changing its role or its password
      // ends the session at once.
      if (!token.uid) return null;
      const current = await getSessionUser(await getDb(), token.uid);
      if (!current || current.disabledAt || current.sessionVersion !== token.sv || current.role !== token.role) return null;
      return token;
    },
    session({ session, token }) {
      if (token.uid && token.role) {
        session.user.id = token.uid;
        session.user.role = token.role;
      }
      return session;
    },
  },
});
