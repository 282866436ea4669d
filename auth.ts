import NextAuth from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { recordAudit } from '@/db/queries/audit';
import { beginLoginAttempt, finishLoginAttempt } from '@/db/queries/login-attempts';
import { endStaffSession, startStaffSession, touchStaffSession } from '@/db/queries/staff-sessions';
import { consumeTotpStep, findUserByEmail, recordLoginSuccess, spendRecoveryCode } from '@/db/queries/users';
import { CLIENT_IP_HEADER, hashIp } from '@/lib/ip';
import { verifyPassword } from '@/lib/passwords';
import { decryptTotpSecret, hashRecoveryCode, readRecoveryCode, totpStep } from '@/lib/totp';
import { hashLoginEmail } from '@/lib/login-throttle';
import { authConfig } from './auth.config';
import { metrics } from '@/server/metrics';
import { errorFields, logger } from '@/lib/logger';

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
      if ((error as { type?: string }).type !== 'CredentialsSignin') logger().error(errorFields(error), 'sign-in error');
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
        const emailHash = hashLoginEmail(email);
        const db = await getDb();
        // Counted before anything is checked, so parallel guesses count too (lib/login-throttle.ts).
        const attempt = await beginLoginAttempt(db, { emailHash, ipHash });
        const user = await findUserByEmail(db, email);

        // The same answer, after the same work, for an unknown email, a wrong password, a
        // disabled account and a throttled one.
        const passwordOk = await verifyPassword(user?.passwordHash ?? null, password);
        const throttled = attempt.refusal !== null;
        // With a second factor set up, the code (from the app, or a recovery code) must be right
        // and unused too.
        let secondFactorOk = true;
        const recoveryCode = readRecoveryCode(code);
        if (user?.totpEnabledAt && user.totpSecret && passwordOk && !throttled) {
          if (recoveryCode) {
            secondFactorOk = await spendRecoveryCode(db, { userId: user.id, codeHash: hashRecoveryCode(user.id, recoveryCode) });
          } else {
            const secret = decryptTotpSecret(user.totpSecret);
            const step = secret ? totpStep(secret, code) : null;
            secondFactorOk = step !== null && (await consumeTotpStep(db, { userId: user.id, step }));
          }
        }
        if (!user || !passwordOk || !secondFactorOk || throttled || user.disabledAt) {
          if (throttled) metrics().refusals.inc({ reason: 'sign_in_throttle' });
          const reason = !user ? 'unknown_email' : user.disabledAt ? 'disabled' : throttled ? `throttled_${attempt.refusal}` : !passwordOk ? 'wrong_password' : 'wrong_code';
          // The log names the account by the keyed hash of what was typed, never the text.
          logger().info({ emailHash: emailHash.slice(0, 16), reason }, 'sign-in failed');
          if (!throttled) await finishLoginAttempt(db, attempt.id, 'failed');
          // The audit log names the account, never the text typed for an unknown one.
          await recordAudit(db, {
            actorId: user?.id ?? null,
            actorLabel: user ? user.email : `unknown email ${emailHash.slice(0, 12)}`,
            action: 'auth.sign_in_failed',
            subjectType: 'user',
            subjectId: user?.id ?? null,
            ipHash,
            after: { reason },
          });
          return null;
        }
        await finishLoginAttempt(db, attempt.id, 'succeeded');
        await recordLoginSuccess(db, user.id);
        await recordAudit(db, {
          actorId: user.id,
          actorLabel: user.email,
          action: 'auth.sign_in',
          subjectType: 'user',
          subjectId: user.id,
          ipHash,
          after: user.totpEnabledAt && recoveryCode ? { secondFactor: 'recovery code' } : null,
        });
        return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion, secondFactor: user.totpEnabledAt !== null };
      },
    }),
  ],
  events: {
    async signOut(message) {
      const sid = 'token' in message ? message.token?.sid : undefined;
      if (sid) await endStaffSession(await getDb(), sid);
    },
  },
  callbacks: {
    async jwt({ token, user }) {
      const db = await getDb();
      if (user?.id) {
        token.uid = user.id;
        token.role = user.role;
        token.sv = user.sessionVersion;
        token.tfa = user.secondFactor ?? false;
        token.sid = await startStaffSession(db, user.id);
        return token;
      }
      // Every request re-reads the session and the account: signing out, 12 hours since sign-in,
      // 30 idle minutes, disabling the account, changing its role or its password end it at once.
      if (!token.uid || !token.sid) return null;
      const live = await touchStaffSession(db, token.sid);
      if (!live || live.userId !== token.uid || live.sessionVersion !== token.sv || live.role !== token.role) return null;
      token.tfa = live.secondFactor;
      return token;
    },
    session({ session, token }) {
      if (token.uid && token.role) {
        session.user.id = token.uid;
        session.user.role = token.role;
        session.user.secondFactor = token.tfa ?? false;
      }
      return session;
    },
  },
});
