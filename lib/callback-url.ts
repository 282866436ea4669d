/** Only paths inside the admin area: a callback can never send anyone to another site. */
export function safeCallbackUrl(value: unknown): string {
  return typeof value === 'string' && /^\/admin(?:[/?#]|$)/.test(value) && !value.includes('//') && !value.includes('\\') ? value : '/admin';
}
