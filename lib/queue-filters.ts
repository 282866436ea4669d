import { CATEGORIES, CHANNELS, REPORT_STATUSES, type Category, type Channel, type ReportStatus } from '@/db/constants';
import { enumParam, firstParam, toQueryString } from './params';
import { isSupportedRegion, parsePhone, type CountryCode } from './phone';

export const QUEUE_SORTS = ['oldest', 'loss', 'burst'] as const;
export type QueueSortName = (typeof QUEUE_SORTS)[number];

export interface QueueFilters {
  status: ReportStatus;
  flaggedOnly: boolean;
  category: Category | undefined;
  channel: Channel | undefined;
  country: CountryCode | undefined;
  /** The number as typed in the filter, and as E.164 when it is one. */
  numberText: string;
  e164: string | null;
  sort: QueueSortName;
  /** With "most money lost first": the currency ranked in. */
  currency: string | null;
}

/**
 * The moderation queue's filters, read from an address's query: the queue page, the review page
 * and the decision that opens the next report all read them here, so "the same queue" is one thing.
 */
export function readQueueFilters(params: Record<string, string | string[] | undefined>, region: CountryCode): QueueFilters {
  const countryParam = firstParam(params.country)?.toUpperCase();
  const numberText = firstParam(params.number)?.slice(0, 250) ?? '';
  const number = numberText ? parsePhone(numberText, region) : null;
  return {
    status: enumParam(params.status, REPORT_STATUSES) ?? 'pending',
    flaggedOnly: firstParam(params.flagged) === '1',
    category: enumParam(params.category, CATEGORIES),
    channel: enumParam(params.channel, CHANNELS),
    country: isSupportedRegion(countryParam) ? countryParam : undefined,
    numberText,
    e164: number?.ok ? number.phone.e164 : null,
    sort: enumParam(params.sort, QUEUE_SORTS) ?? 'oldest',
    currency: firstParam(params.currency)?.match(/^[A-Z]{3}$/)?.[0] ?? null,
  };
}

/** The filters as a query string ("" or "?…"), defaults left out. */
export function queueQuery(filters: QueueFilters): string {
  return toQueryString({
    status: filters.status === 'pending' ? undefined : filters.status,
    flagged: filters.flaggedOnly ? '1' : undefined,
    category: filters.category,
    channel: filters.channel,
    country: filters.country,
    number: filters.e164,
    sort: filters.sort === 'oldest' ? undefined : filters.sort,
    currency: filters.sort === 'loss' ? filters.currency : undefined,
  });
}

/** Reads a queue query string carried in a form or an address ("?flagged=1&sort=loss"). */
export function readQueueQuery(query: unknown, region: CountryCode): QueueFilters {
  const text = typeof query === 'string' && query.length <= 500 ? query.replace(/^\?/, '') : '';
  return readQueueFilters(Object.fromEntries(new URLSearchParams(text)), region);
}
