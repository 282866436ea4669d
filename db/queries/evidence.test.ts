import fc from 'fast-check';
import { expect, it } from 'vitest';
import { isoDateDaysAgo } from '@/lib/format';
import { assessRisk } from '@/lib/risk';
import { evidenceOf, reportSet, type ModelReport } from '@/lib/test/evidence-model';
import { describeEachEngine, useTestDatabase } from '../test/database';
import { createPhoneNumber, createReport } from '../test/factories';
import { getNumberEvidence } from './reports';

describeEachEngine('a number’s evidence', (engine) => {
  const database = useTestDatabase(engine);
  const now = new Date();

  async function publish(reports: readonly ModelReport[], status: 'approved' | 'pending' | 'rejected' = 'approved') {
    const number = await createPhoneNumber(database.db);
    for (const [index, report] of reports.entries()) {
      const other = report.role === 'callback' ? (await createPhoneNumber(database.db)).e164 : null;
      await createReport(database.db, {
        status,
        displayedE164: other ?? number.e164,
        callbackE164: other ? number.e164 : null,
        channel: report.channel === 'app' ? 'whatsapp_message' : 'phone_call',
        ipHash: report.reporter === null ? null : `reporter-${report.reporter}-${number.e164}`,
        lossAmountMinor: report.lost ? 250_000 + index : null,
        lossCurrency: report.lost ? 'GBP' : null,
        screenShowedOrganisation: report.role === 'displayed' ? report.organisation : null,
        occurredOn: isoDateDaysAgo(report.daysAgo, now),
      });
    }
    return number.e164;
  }

  it('counts what the verdict’s reference model counts, over random report sets', async () => {
    await fc.assert(
      fc.asyncProperty(reportSet(8), fc.option(fc.integer({ min: 0, max: 400 })), async (reports, ownedSinceDaysAgo) => {
        const e164 = await publish(reports);
        const ownedSince = ownedSinceDaysAgo === null ? null : isoDateDaysAgo(ownedSinceDaysAgo, now);
        const counted = await getNumberEvidence(database.db, { e164, recentSince: isoDateDaysAgo(30, now), ownedSince });
        expect(counted).toEqual(evidenceOf(reports, now, ownedSinceDaysAgo));
      }),
      { numRuns: 12 },
    );
  });

  it('shows one person who reported twice as one person, and the loss as theirs', async () => {
    const twice: ModelReport = { reporter: 1, role: 'displayed', channel: 'phone', lost: true, organisation: true, daysAgo: 2 };
    const e164 = await publish([twice, { ...twice, daysAgo: 1 }]);
    const verdict = assessRisk(await getNumberEvidence(database.db, { e164, recentSince: isoDateDaysAgo(30, now), ownedSince: null }), {
      disputeState: 'none',
      verified: null,
      ownedSince: null,
      now,
    });
    expect(verdict.figures).toMatchObject({ reports: 2, people: 1, lossPeople: 1, organisationPeople: 1 });
    expect(verdict.level).toBe('low');
    expect(verdict.reasons).toEqual(expect.arrayContaining(['2 published reports from one person.', 'They reported losing money.']));
  });

  it('counts nothing that is not published', async () => {
    const report: ModelReport = { reporter: null, role: 'callback', channel: 'phone', lost: true, organisation: false, daysAgo: 1 };
    for (const status of ['pending', 'rejected'] as const) {
      const e164 = await publish([report, report], status);
      expect(await getNumberEvidence(database.db, { e164, recentSince: isoDateDaysAgo(30, now), ownedSince: null })).toMatchObject({ reports: 0, people: 0 });
    }
  });
});
