import { randomInt } from 'node:crypto';
import type { Category, Channel, ReportStatus } from '@/db/constants';
import { parsePhone, type ParsedPhone } from '@/lib/phone';
import { createReference } from '@/lib/reference';
import { uniqueNumber } from '@/lib/test/numbers';
import type { Db } from '../client';
import { ensurePhoneNumber, refreshNumberCounters } from '../queries/phone-numbers';
import { reports, users, type NewReport, type Report } from '../schema';

/** A valid Indian mobile number no other test in this run uses. */
export function uniquePhone(): ParsedPhone {
  for (;;) {
    const parsed = parsePhone(uniqueNumber().e164, null);
    if (parsed.ok) return parsed.phone;
  }
}

/** A number a test names itself, parsed; a typo in the test fails loudly. */
export function phoneOf(text: string): ParsedPhone {
  const parsed = parsePhone(text, null);
  if (!parsed.ok) throw new Error(`bad test number ${text}`);
  return parsed.phone;
}

export async function createPhoneNumber(db: Db, phone: ParsedPhone = uniquePhone()): Promise<ParsedPhone> {
  await ensurePhoneNumber(db, phone);
  return phone;
}

export interface CreateReportParams extends Partial<Omit<NewReport, 'status'>> {
  status?: ReportStatus;
  category?: Category;
  channel?: Channel;
}

/** A report on a fresh number unless one is given; approved reports count towards the number. */
export async function createReport(db: Db, params: CreateReportParams = {}): Promise<Report> {
  const displayed = params.displayedE164 ?? (await createPhoneNumber(db)).e164;
  const status = params.status ?? 'pending';
  const now = new Date();
  const description = params.description ?? 'They said they were from my bank and asked for the code sent to my phone.';
  const [row] = await db
    .insert(reports)
    .values({
      reference: createReference(),
      channel: 'phone_call',
      category: 'bank_impersonation',
      occurredOn: now.toISOString().slice(0, 10),
      descriptionRedacted: description,
      ...params,
      description,
      displayedE164: displayed,
      status,
      publishedAt: params.publishedAt ?? (status === 'approved' ? now : null),
      decidedAt: params.decidedAt ?? (status === 'pending' ? null : now),
    })
    .returning();
  await refreshNumberCounters(db, [displayed, ...(row!.callbackE164 ? [row!.callbackE164] : [])]);
  return row!;
}

export interface TestStaff {
  id: string;
  email: string;
}

/** Members of staff with unique emails, a moderator first and then admins. */
export async function createStaff(db: Db, count: number): Promise<TestStaff[]> {
  const rows = await db
    .insert(users)
    .values(
      Array.from({ length: count }, (_, i) => ({
        email: `staff-${randomInt(0, 1e9)}-${i}@example.org`,
        name: `Staff ${i + 1}`,
        role: i === 0 ? ('moderator' as const) : ('admin' as const),
        passwordHash: 'not a real hash',
      })),
    )
    .returning({ id: users.id, email: users.email });
  return rows;
}
