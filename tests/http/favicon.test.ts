// Browsers ask every page for its icon: the one the page names, or /favicon.ico when it names none
// (and some clients always). Both answer with the same small picture, so no page logs a 404.
import { describe, expect, it } from 'vitest';
import { webUrl } from '../support/stack';

describe('the icon', () => {
  it('is named by every page and served there and at /favicon.ico', async () => {
    const page = await (await fetch(webUrl('/login'))).text();
    const href = /<link rel="icon" href="([^"]+)" type="image\/svg\+xml"\/?>/.exec(page)?.[1];
    expect(href).toBe('/static/favicon.svg');
    for (const path of [href ?? '', '/favicon.ico']) {
      const response = await fetch(webUrl(path));
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toBe('image/svg+xml');
      expect(await response.text(), path).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[\s\S]*<\/svg>\n?$/);
    }
  });
});
