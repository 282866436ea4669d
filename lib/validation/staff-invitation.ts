import { z } from 'zod';
import { STAFF_ROLES } from '@/db/constants';
import { passwordProblem } from '../passwords';
import { choiceField, emailField, parseEach, requiredText } from './fields';

/** An admin's invitation of a new member of staff. */
export const INVITE_FIELDS = ['email', 'name', 'role'] as const;
export type InviteField = (typeof INVITE_FIELDS)[number];

const NAME_MAX = 100;

export const inviteSchema = z.record(z.string(), z.unknown()).transform((raw, ctx) => {
  const { values, issues } = parseEach(
    {
      email: emailField(254, 'Enter their email address, like name@example.org.'),
      name: requiredText({ min: 2, max: NAME_MAX, missing: 'Enter their name, as colleagues know them.', tooShort: 'Enter their name, as colleagues know them.' }),
      role: choiceField(STAFF_ROLES, 'Choose moderator or admin.'),
    },
    raw,
  );
  for (const issue of issues) ctx.addIssue({ code: 'custom', path: [issue.field], message: issue.message });
  if (!values.email && !issues.some((issue) => issue.field === 'email')) ctx.addIssue({ code: 'custom', path: ['email'], message: 'Enter their email address, like name@example.org.' });
  if (issues.length > 0 || !values.email || !values.name || !values.role) return z.NEVER;
  return { email: values.email.toLowerCase(), name: values.name, role: values.role };
});

/** The invited person's answers: their name and a password, typed twice. */
export const ACCEPT_FIELDS = ['token', 'name', 'password', 'confirm'] as const;
export type AcceptField = (typeof ACCEPT_FIELDS)[number];

export const acceptSchema = z.record(z.string(), z.unknown()).transform((raw, ctx) => {
  const { values, issues } = parseEach(
    { name: requiredText({ min: 2, max: NAME_MAX, missing: 'Enter your name.', tooShort: 'Enter your name.' }) },
    raw,
  );
  for (const issue of issues) ctx.addIssue({ code: 'custom', path: [issue.field], message: issue.message });
  const problem = passwordProblem(raw.password);
  if (problem) ctx.addIssue({ code: 'custom', path: ['password'], message: problem });
  else if (raw.confirm !== raw.password) ctx.addIssue({ code: 'custom', path: ['confirm'], message: 'The two passwords are not the same.' });
  const token = typeof raw.token === 'string' ? raw.token : '';
  if (issues.length > 0 || problem || raw.confirm !== raw.password || !values.name) return z.NEVER;
  return { token, name: values.name, password: raw.password as string };
});
