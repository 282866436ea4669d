import { apiError, apiResponse, preflight } from '@/lib/api';
import { parsePhone } from '@/lib/phone';
import { defaultRegion } from '@/lib/site';
import { presentNumber } from '@/server/present-number';

export const dynamic = 'force-dynamic';

/** GET /api/v1/numbers/{number}: any spelling; `?country=XX` for a number without +country code. */
export async function GET(request: Request, { params }: { params: Promise<{ number: string }> }) {
  return apiResponse(request, async () => {
    // A malformed escape in the address stays as typed (or unreadable), and parsing refuses it.
    let raw = await params.then((p) => p.number).catch(() => '');
    try {
      raw = decodeURIComponent(raw);
    } catch {
      // Kept as typed.
    }
    const country = new URL(request.url).searchParams.get('country')?.toUpperCase() ?? defaultRegion();
    const parsed = parsePhone(raw, country);
    if (!parsed.ok) return apiError(400, 'invalid_number', parsed.error.message);
    const number = await presentNumber(parsed.phone);
    return number ?? apiError(404, 'not_reported', `Nobody has reported ${parsed.phone.e164} here, and no imported official data mentions it. That does not make it safe.`);
  });
}

export const OPTIONS = preflight;
