import { expect, it } from 'vitest';
import { safeCallbackUrl } from './callback-url';

it('keeps callbacks inside the admin area', () => {
  expect(safeCallbackUrl('/admin/reports?status=pending')).toBe('/admin/reports?status=pending');
  for (const hostile of ['https://evil.example/admin', '//evil.example', '/admin//evil.example', '/\\evil.example', '/administrator', 'javascript:alert(1)', undefined, ['/admin/x']]) {
    expect(safeCallbackUrl(hostile)).toBe('/admin');
  }
});
