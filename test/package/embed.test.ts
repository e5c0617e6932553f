import { expect } from '@open-wc/testing';
import { allowedOrigins } from '../../src/embed/embed.js';

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

  it('never accepts wildcards, "null", other schemes, paths or look-alikes', () => {
    expect(allowedOrigins(docWith('* null file:///etc javascript:alert(1) https://*.kommune.no https://kommune.no/path https://kommune.no:443@evil.example data:text/html,x'))).to.deep.equal([]);
  });
});
