// A host app that configured @lit/localize before Veikart, sharing the same module instance.
import { expect, fixture, html } from '@open-wc/testing';
import { configureLocalization } from '@lit/localize';

const host = configureLocalization({ sourceLocale: 'en', targetLocales: ['de'], loadLocale: () => Promise.resolve({ templates: {} }) });

describe('a host that already configured @lit/localize', () => {
  it('Veikart neither throws nor takes over; it renders with its bokmål strings', async () => {
    await import('../../src/define.js');
    const { localizationSharedWithHost, setLocale } = await import('../../src/core/localize.js');
    const { sampleSteps, shadow } = await import('../helpers/index.js');
    const el = await fixture(html`<vk-step-tracker .value=${sampleSteps()}></vk-step-tracker>`);
    expect(localizationSharedWithHost()).to.equal(true);
    expect(shadow(el, '.step-button[data-key="s3"]').textContent).to.contain('Ikke startet');
    await setLocale('ar');
    expect(host.getLocale()).to.equal('en');
  });
});
