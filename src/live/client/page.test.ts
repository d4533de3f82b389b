// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { liveFromPage } from './page.ts';

const hidden: string[] = [];
function page(meta: string | null, search: string) {
  document.head.replaceChildren();
  if (meta !== null) document.head.insertAdjacentHTML('beforeend', `<meta name="deck-live" content="${meta}">`);
  return liveFromPage(document, { search } as Location, { getItem: () => null }, (secret) => hidden.push(secret));
}

describe('live setup from the page', () => {
  it.each([
    [
      'a follower on a page the live server marked',
      'http://10.0.0.5:8080/',
      '?lang=en',
      { audienceUrl: 'http://10.0.0.5:8080/', secret: null },
    ],
    [
      'the presenter, by the secret in the link',
      'http://10.0.0.5:8080/',
      '?key=abc&lang=zh',
      { audienceUrl: 'http://10.0.0.5:8080/', secret: 'abc' },
    ],
    ['nothing on a static host (no mark)', null, '?key=abc', undefined],
    ['nothing in the speaker view’s previews', 'http://10.0.0.5:8080/', '?receiver', undefined],
    ['nothing in the print view', 'http://10.0.0.5:8080/', '?print-pdf', undefined],
  ])('should find %s', (_name, meta, search, expected) => {
    expect(page(meta, search)).toEqual(expected);
  });

  it('should take a secret out of the address, whichever view starts, and only a live page’s', () => {
    hidden.length = 0;
    page('http://10.0.0.5:8080/', '?key=abc&view=read');
    page('http://10.0.0.5:8080/', '?view=read');
    page(null, '?key=def');
    expect(hidden).toEqual(['abc']);
  });

  it('should still present after a reload, once the secret is out of the address bar', () => {
    document.head.innerHTML = '<meta name="deck-live" content="http://10.0.0.5:8080/">';
    const stored = { getItem: (key: string) => (key === 'deck.live.key' ? 'abc' : null) };
    expect(liveFromPage(document, { search: '?lang=zh' } as Location, stored)?.secret).toBe('abc');
  });
});
