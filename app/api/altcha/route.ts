import { issueChallenge } from '@/lib/proof-of-work';

export const dynamic = 'force-dynamic';

/** A fresh proof-of-work challenge for the report and dispute forms. */
export async function GET() {
  return Response.json(await issueChallenge(), { headers: { 'Cache-Control': 'no-store' } });
}
