import { getDb } from '@/db/client';
import { findNumbersByHash } from '@/db/queries/phone-numbers';
import { apiError, apiResponse, preflight } from '@/lib/api';
import { parsePhone } from '@/lib/phone';
import { presentNumber } from '@/server/present-number';

export const dynamic = 'force-dynamic';

/**
 * GET /api/v1/check/{hash}: the lowercase hex SHA-256 of a number's E.164 text, or its first 5
 * characters. A whole hash finds one number; a prefix returns every reported number whose hash
 * starts with it, so the client matches locally and the server never learns which number was
 * meant (phone numbers are few enough that a whole hash can be reversed by trying them all).
 */
export async function GET(request: Request, { params }: { params: Promise<{ hash: string }> }) {
  return apiResponse(request, async () => {
    const hash = (await params).hash.toLowerCase();
    if (!/^(?:[0-9a-f]{5}|[0-9a-f]{64})$/.test(hash)) {
      return apiError(400, 'invalid_hash', 'Give the lowercase hex SHA-256 of the number in E.164 form (such as +447911123456), or its first 5 characters.');
    }
    const e164s = await findNumbersByHash(await getDb(), hash);
    if (hash.length === 5) {
      return { prefix: hash, matches: e164s.map((row) => ({ sha256: row.sha256, reports: row.reportCount, lastReportedOn: row.lastReportedOn })) };
    }
    const phone = e164s[0] ? parsePhone(e164s[0].e164, null) : null;
    const number = phone?.ok ? await presentNumber(phone.phone) : null;
    return number ? { sha256: hash, ...number } : apiError(404, 'not_reported', 'No reported number has this hash. That does not make the number safe.');
  });
}

export const OPTIONS = preflight;
