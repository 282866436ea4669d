import { apiResponse, preflight } from '@/lib/api';
import { OPENAPI } from '@/lib/openapi';

export const dynamic = 'force-dynamic';

/** GET /api/v1/openapi.json: the API's OpenAPI 3.1 description. */
export async function GET(request: Request) {
  return apiResponse(request, async () => OPENAPI);
}

export const OPTIONS = preflight;
