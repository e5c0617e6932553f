import { expect } from '@open-wc/testing';
import { resolvePictogram, setPictogramBase } from '../../src/core/pictograms.js';
import { listBuiltInPictograms } from '../../src/core/pictogram-list.js';
import { builtInPictograms } from '../../src/core/pictogram-catalog.js';
import { pictogramUrl } from '../../src/core/pictogram-urls.js';

async function naturalWidth(src: string): Promise<number> {
  const img = new Image();
  img.src = src;
  try {
    await img.decode();
  } catch {
    return 0;
  }
  return img.naturalWidth;
}

describe('built-in pictograms resolve through the generated static URLs', () => {
  afterEach(() => setPictogramBase(null));

  it('every pictogram in the catalog has a generated URL, and every generated URL is in the catalog', () => {
    for (const p of builtInPictograms) expect(pictogramUrl(p.name), p.name).to.be.a('string');
    expect(pictogramUrl('not-a-pictogram')).to.equal(undefined);
    expect(pictogramUrl('toString')).to.equal(undefined);
  });

  it('every built-in pictogram loads from its default URL (naturalWidth > 0)', async () => {
    const list = listBuiltInPictograms();
    expect(list.length).to.equal(builtInPictograms.length);
    const widths = await Promise.all(list.map((p) => naturalWidth(p.src)));
    const broken = list.filter((_, i) => widths[i] === 0).map((p) => p.id);
    expect(broken).to.deep.equal([]);
  });

  it('setPictogramBase() serves them from another folder (relative to the page), and null restores the bundled URLs', () => {
    const bundled = resolvePictogram('vk:bus', 'nb')!.src;
    setPictogramBase('/static/veikart/pictograms');
    expect(resolvePictogram('vk:bus', 'nb')!.src).to.equal(new URL('/static/veikart/pictograms/bus.svg', document.baseURI).href);
    setPictogramBase('https://cdn.example.org/vk/');
    expect(listBuiltInPictograms().find((p) => p.id === 'vk:doctor')!.src).to.equal('https://cdn.example.org/vk/doctor.svg');
    setPictogramBase(null);
    expect(resolvePictogram('vk:bus', 'nb')!.src).to.equal(bundled);
  });

  it('setPictogramBase() refuses a folder that is not http(s) or the page\'s own scheme, as registerPictograms refuses an unsafe src', () => {
    const bundled = resolvePictogram('vk:bus', 'nb')!.src;
    for (const url of ['javascript:alert(1)//', 'data:text/html,x/', 'blob:https://evil.example/x/']) {
      expect(() => setPictogramBase(url), url).to.throw(TypeError);
      expect(resolvePictogram('vk:bus', 'nb')!.src, `${url}: the folder stays`).to.equal(bundled);
    }
  });
});
