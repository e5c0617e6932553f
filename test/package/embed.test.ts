import { expect } from '@open-wc/testing';
import { allowedOrigins, startBridge } from '../../src/embed/embed.js';

function docWith(content: string | null): Document {
  const doc = document.implementation.createHTMLDocument('embed');
  if (content !== null) {
    const meta = doc.createElement('meta');
    meta.name = 'veikart-allowed-origins';
    meta.content = content;
    doc.head.append(meta);
  }
  return doc;
}

describe('iframe bridge allow-list (embed.html <meta name="veikart-allowed-origins">)', () => {
  it('takes exact http(s) origins separated by spaces or commas', () => {
    expect(allowedOrigins(docWith('https://fagsystem.kommune.no  http://127.0.0.1:8080,https://intranett.kommune.no/'))).to.deep.equal([
      'https://fagsystem.kommune.no',
      'http://127.0.0.1:8080',
      'https://intranett.kommune.no',
    ]);
  });

  it('is empty without the meta, or when it is empty: the bridge then obeys nobody', () => {
    expect(allowedOrigins(docWith(null))).to.deep.equal([]);
    expect(allowedOrigins(docWith(''))).to.deep.equal([]);
  });

  // An ignored entry is said on the console: the browser reports origins in lower case, punycode
  // and without the default port, so "https://Båtsfjord.kommune.no" would otherwise fail silently.
  it('warns about each entry it ignores, with the origin the browser would report', () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      expect(allowedOrigins(docWith('https://Båtsfjord.kommune.no https://fagsystem.kommune.no:443 https://ok.kommune.no https://kommune.no/path'))).to.deep.equal(['https://ok.kommune.no']);
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.have.length(3);
    expect(warnings[0]).to.include('"https://Båtsfjord.kommune.no"').and.include('did you mean https://xn--btsfjord-9za.kommune.no?');
    expect(warnings[1]).to.include('did you mean https://fagsystem.kommune.no?');
    expect(warnings[2]).to.include('"https://kommune.no/path"').and.not.include('did you mean');
    warnings.length = 0;
    console.warn = (message: string) => warnings.push(message);
    try {
      allowedOrigins(docWith('https://*.kommune.no'));
    } finally {
      console.warn = warn;
    }
    expect(warnings[0]).to.not.include('did you mean'); // not "https://%2A.kommune.no"
  });

  it('never accepts wildcards, "null", other schemes, paths or look-alikes', () => {
    expect(allowedOrigins(docWith('* null file:///etc javascript:alert(1) https://*.kommune.no https://kommune.no/path https://kommune.no:443@evil.example data:text/html,x'))).to.deep.equal([]);
  });
});

// docs/embedding.md: the `lang` URL parameter and `set-locale` set the frame's lang and dir. Dari
// (`prs`, the tag docs/translations.md has Dari pages write) reads right to left, as the widgets
// themselves know (core directionOf); the frame's own list had only ar and fa.
describe('iframe bridge language', () => {
  const url = location.href;
  const { lang, dir } = document.documentElement;
  afterEach(() => {
    history.replaceState(null, '', url);
    document.documentElement.lang = lang;
    document.documentElement.dir = dir;
    document.querySelectorAll('body > vk-step-tracker').forEach((el) => el.remove());
  });

  for (const [tag, expected] of [['prs', 'rtl'], ['fa-AF', 'rtl'], ['ar', 'rtl'], ['nb', 'ltr'], ['uk', 'ltr']] as const) {
    it(`?lang=${tag} gives the frame dir="${expected}"`, () => {
      history.replaceState(null, '', `?widget=step-tracker&lang=${tag}`);
      expect(startBridge(window)).to.not.equal(null);
      expect(document.documentElement.lang).to.equal(tag);
      expect(document.documentElement.dir).to.equal(expected);
    });
  }
});
