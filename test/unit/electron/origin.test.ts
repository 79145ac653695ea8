// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, createOriginPolicy } from '../../../electron/main/origin';

describe('origin policy', () => {
  it('accepts only app://partnerscape in production', () => {
    const policy = createOriginPolicy();
    expect(policy.entryUrl).toBe(APP_ENTRY_URL);
    expect(policy.isAppUrl('app://partnerscape/index.html')).toBe(true);
    expect(policy.isAppUrl('app://partnerscape/assets/x.js?v=1#top')).toBe(true);
    for (const url of ['app://evil/index.html', 'https://partnerscape/', 'file:///etc/passwd', 'http://localhost:5173/', 'not a url', '']) {
      expect(policy.isAppUrl(url)).toBe(false);
    }
  });

  it('adds the dev server origin in development', () => {
    const policy = createOriginPolicy('http://localhost:5173/');
    expect(policy.entryUrl).toBe('http://localhost:5173/');
    expect(policy.isAppUrl('http://localhost:5173/#/workshop/1')).toBe(true);
    expect(policy.isAppUrl('http://localhost:5174/')).toBe(false);
    expect(policy.isAppUrl('https://localhost:5173/')).toBe(false);
    expect(policy.isAppUrl('http://localhost.evil.com:5173/')).toBe(false);
  });
});
