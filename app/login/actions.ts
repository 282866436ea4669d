'use server';

import { AuthError } from 'next-auth';
import { signIn } from '@/auth';
import { safeCallbackUrl } from '@/lib/callback-url';

export interface LoginState {
  message?: string;
  email: string;
}

export async function logIn(_previous: LoginState, formData: FormData): Promise<LoginState> {
  const email = typeof formData.get('email') === 'string' ? (formData.get('email') as string).slice(0, 254) : '';
  try {
    await signIn('credentials', {
      email,
      password: typeof formData.get('password') === 'string' ? formData.get('password') : '',
      code: typeof formData.get('code') === 'string' ? formData.get('code') : '',
      redirectTo: safeCallbackUrl(formData.get('callbackUrl')),
    });
  } catch (error) {
    if (error instanceof AuthError) {
      return { email, message: 'That email, password and code do not match, or there were too many attempts. Wait a minute and try again.' };
    }
    throw error;
  }
  return { email };
}
