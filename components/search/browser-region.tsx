'use client';

import { useEffect } from 'react';
import { regionFromLanguages } from '@/lib/region';

/**
 * Preselects the visitor's country from the browser's languages, unless the page already chose
 * one (from the URL) or the visitor has. Without JavaScript the select stays on "Automatic",
 * which the server resolves from the Accept-Language header instead.
 */
export function BrowserRegion({ selectId }: { selectId: string }) {
  useEffect(() => {
    const select = document.getElementById(selectId);
    if (!(select instanceof HTMLSelectElement) || select.value !== '') return;
    const region = regionFromLanguages(navigator.languages ?? [navigator.language]);
    if (region && select.querySelector(`option[value="${region}"]`)) select.value = region;
  }, [selectId]);
  return null;
}
