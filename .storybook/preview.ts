import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import { setLocale } from '../src/core/localize.js';
import '../src/define.js';
import './designsystemet-theme.css';
import './docs.css';

setCustomElementsManifest(manifest);

const rtl = new Set(['ar', 'fa']);

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
    docs: { toc: true },
  },
  globalTypes: {
    locale: {
      description: 'UI locale (ar and fa are right-to-left)',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'nb', title: 'Norsk bokmål' },
          { value: 'nn', title: 'Norsk nynorsk' },
          { value: 'en', title: 'English' },
          { value: 'ar', title: 'العربية (RTL)' },
          { value: 'uk', title: 'Українська' },
          { value: 'ti', title: 'ትግርኛ' },
          { value: 'so', title: 'Soomaali' },
          { value: 'fa', title: 'فارسی / دری (RTL)' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Design tokens',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          { value: 'default', title: 'Veikart default' },
          { value: 'designsystemet', title: 'Designsystemet tokens' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'nb', theme: 'default' },
  decorators: [
    (story, context) => {
      const locale = String(context.globals.locale ?? 'nb');
      document.documentElement.lang = locale;
      document.documentElement.dir = rtl.has(locale) ? 'rtl' : 'ltr';
      document.documentElement.dataset.theme = String(context.globals.theme ?? 'default');
      void setLocale(locale);
      return story();
    },
  ],
};
export default preview;
