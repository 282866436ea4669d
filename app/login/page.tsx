import type { Metadata } from 'next';
import { firstParam, type SearchParams } from '@/lib/params';
import { safeCallbackUrl } from '@/lib/callback-url';
import { LoginForm } from './login-form';

export const metadata: Metadata = { title: 'Staff sign-in', robots: { index: false } };

export default async function LoginPage({ searchParams }: { searchParams: SearchParams }) {
  const callbackUrl = safeCallbackUrl(firstParam((await searchParams).callbackUrl));
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-3xl font-bold">Staff sign-in</h1>
      <p className="text-slate-700">For moderators and administrators. The public never needs an account.</p>
      <LoginForm callbackUrl={callbackUrl} />
    </div>
  );
}
