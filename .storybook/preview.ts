import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import '../src/define.js';
import { locales, onlyWiredControls, withLocale } from './story-context.js';
import { installDesignsystemetTheme } from './designsystemet-theme.js';
import { pinStoryClock } from './story-clock.js';
import './docs.css';

setCustomElementsManifest(manifest);
installDesignsystemetTheme();
// Every story is set on Thursday 12 March 2026 (a running clock from 10:00 Oslo time): a story looks
// the same on whatever day it is opened (.storybook/story-clock.ts).
pinStoryClock();

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
    // h2 and h3: the Docs pages' sections are h2 (Embedding's React, Vue, iframe; Documents and
    // events' four widgets); with Storybook's default (h3 only) their contents listed subsections only.
    docs: { toc: { headingSelector: 'h2, h3' } },
  },
  globalTypes: {
    locale: {
      description: 'UI locale (ar and fa are right-to-left)',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [...locales],
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
  decorators: [withLocale],
  argTypesEnhancers: [onlyWiredControls],
};
export default preview;
