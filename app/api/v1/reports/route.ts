import { getDb } from '@/db/client';
import { CATEGORIES, CATEGORY_INFO, CHANNELS, type Category, type Channel } from '@/db/constants';
import { listPublishedReports, readReportCursor, writeReportCursor } from '@/db/queries/reports';
import { apiError, apiResponse, preflight } from '@/lib/api';
import { siteUrl } from '@/lib/site';

export const dynamic = 'force-dynamic';

const MAX_LIMIT = 100;

/**
 * GET /api/v1/reports: published reports, newest first, with the redacted text only; never a
 * pending or rejected report, a reporter's contact or address. Filters: category, channel;
 * `limit` up to 100; `before` is the `next` cursor of the previous page.
 */
export async function GET(request: Request) {
  return apiResponse(request, async () => {
    const params = new URL(request.url).searchParams;
    const category = params.get('category');
    const channel = params.get('channel');
    const limitText = params.get('limit');
    const beforeText = params.get('before');
    if (category && !CATEGORIES.includes(category as Category)) return apiError(400, 'invalid_category', `category is one of: ${CATEGORIES.join(', ')}.`);
    if (channel && !CHANNELS.includes(channel as Channel)) return apiError(400, 'invalid_channel', `channel is one of: ${CHANNELS.join(', ')}.`);
    const limit = limitText === null ? 20 : Number(limitText);
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) return apiError(400, 'invalid_limit', `limit is a whole number from 1 to ${MAX_LIMIT}.`);
    const before = readReportCursor(beforeText);
    if (beforeText && !before) return apiError(400, 'invalid_cursor', 'before must be the next cursor of an earlier page, as given.');

    const { rows, next } = await listPublishedReports(await getDb(), {
      before,
      limit,
      category: (category as Category | null) ?? undefined,
      channel: (channel as Channel | null) ?? undefined,
    });
    const base = siteUrl();
    return {
      reports: rows.map((report) => ({
        reference: report.reference,
        number: report.displayedE164,
        callbackNumber: report.callbackE164,
        channel: report.channel,
        category: report.category,
        categoryLabel: CATEGORY_INFO[report.category].label,
        callerIdName: report.callerIdName,
        occurredOn: report.occurredOn,
        description: report.description,
        loss: report.lossAmountMinor && report.lossCurrency ? { amountMinor: report.lossAmountMinor, currency: report.lossCurrency } : null,
        paymentMethod: report.paymentMethod,
        publishedAt: report.publishedAt?.toISOString() ?? null,
        page: new URL(`/numbers/${report.displayedE164}`, base).toString(),
      })),
      next: next ? writeReportCursor(next) : null,
    };
  });
}

export const OPTIONS = preflight;
