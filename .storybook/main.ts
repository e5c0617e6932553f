import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // Offline machines: telemetry look-ups stall the build.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // The built-in pictograms are loaded relative to the bundled module (assets/), as in dist/.
  staticDirs: [{ from: '../src/core/pictograms', to: '/assets/pictograms' }],
  docs: { defaultName: 'Docs' },
};
export default config;
