import { and, count, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { phoneNumbers, reports } from '../schema';

/** The columns any public page may show of a report: never the original text or the reporter. */
export const publicReportColumns = {
  reference: reports.reference,
  displayedE164: reports.displayedE164,
  callbackE164: reports.callbackE164,
  channel: reports.channel,
  category: reports.category,
  callerIdName: reports.callerIdName,
  occurredOn: reports.occurredOn,
  description: reports.descriptionRedacted,
  lossAmountMinor: reports.lossAmountMinor,
  lossCurrency: reports.lossCurrency,
  paymentMethod: reports.paymentMethod,
  publishedAt: reports.publishedAt,
};

export type PublicReport = Awaited<ReturnType<typeof listLatestReports>>[number];

export interface ListLatestReportsParams {
  limit: number;
}

/** The most recently published reports, newest first. */
export async function listLatestReports(db: Db, { limit }: ListLatestReportsParams) {
  return db
    .select(publicReportColumns)
    .from(reports)
    .where(eq(reports.status, 'approved'))
    .orderBy(desc(reports.publishedAt), desc(reports.id))
    .limit(limit);
}

/** Headline figures for the home page. */
export async function getPublicTotals(db: Db): Promise<{ reports: number; numbers: number }> {
  const [reportTotal] = await db.select({ value: count() }).from(reports).where(eq(reports.status, 'approved'));
  const [numberTotal] = await db
    .select({ value: count() })
    .from(phoneNumbers)
    .where(and(sql`${phoneNumbers.reportCount} > 0`));
  return { reports: reportTotal?.value ?? 0, numbers: numberTotal?.value ?? 0 };
}
