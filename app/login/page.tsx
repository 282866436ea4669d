import type { Metadata } from 'next';
import { firstParam, type SearchParams } from '@/lib/params';
import { safeCallbackUrl } from '@/lib/callback-url';
import { Notice } from '@/components/ui/notice';
import { LoginForm } from './login-form';

export const metadata: Metadata = { title: 'Staff sign-in', robots: { index: false } };

export default async function LoginPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(firstParam(params.callbackUrl));
  const welcome = firstParam(params.welcome)?.slice(0, 254);
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-3xl font-bold">Staff sign-in</h1>
      <p className="text-slate-700">For moderators and administrators. The public never needs an account.</p>
      {welcome ? <Notice><p>Your account is open. Sign in with {welcome} and the password you chose.</p></Notice> : null}
      <LoginForm callbackUrl={callbackUrl} />
    </div>
  );
}
