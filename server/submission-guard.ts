import { headers } from 'next/headers';
import { readFormToken, type FormToken } from '@/lib/form-token';
import { CLIENT_IP_HEADER, hashIp } from '@/lib/ip';
import { settings } from '@/lib/settings';

export type Screening =
  | { outcome: 'expired' }
  /** A filled-in hidden field: only a robot fills what a person cannot see. */
  | { outcome: 'robot' }
  /** Sent back faster than a person can fill it in; a person with autofill can be that quick. */
  | { outcome: 'too_fast'; rawToken: string }
  | { outcome: 'person'; token: FormToken; rawToken: string; ipHash: string | null };

/** The checks every public form makes before it reads the answers. */
export async function screenSubmission(formData: FormData): Promise<Screening> {
  const rawToken = formData.get('formToken');
  const token = readFormToken(rawToken);
  if (!token || typeof rawToken !== 'string') return { outcome: 'expired' };
  const honeypot = formData.get('website');
  if (typeof honeypot === 'string' && honeypot.trim() !== '') return { outcome: 'robot' };
  if (Date.now() - token.issuedAt < settings().reportMinFillSeconds * 1000) return { outcome: 'too_fast', rawToken };
  return { outcome: 'person', token, rawToken, ipHash: hashIp((await headers()).get(CLIENT_IP_HEADER)) };
}
