import type { DetailedHTMLProps, HTMLAttributes } from 'react';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'altcha-widget': DetailedHTMLProps<HTMLAttributes<HTMLElement>, HTMLElement> & {
        challenge?: string;
        auto?: 'off' | 'onfocus' | 'onload' | 'onsubmit';
        name?: string;
        type?: 'native' | 'checkbox' | 'switch';
        display?: 'standard' | 'bar' | 'floating' | 'overlay' | 'invisible';
        hidelogo?: boolean;
        hidefooter?: boolean;
        configuration?: string;
      };
    }
  }
}
