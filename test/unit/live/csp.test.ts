import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, CONTENT_SECURITY_POLICY, PARTICIPANT_CONTENT_SECURITY_POLICY, withLivePort } from '../../../electron/shared/csp';

describe('CSP and the live server', () => {
  it("allows exactly the live server's loopback WebSocket in the renderer", () => {
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'self' blob: data: ws://127.0.0.1:4747;");
    expect(contentSecurityPolicy(4310)).toContain('ws://127.0.0.1:4310;');
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/ws:(?!\/\/127\.0\.0\.1:4747)/);
  });

  it('rewrites the port in a built page, whose meta the build escaped', () => {
    const built = `<meta http-equiv="Content-Security-Policy" content="connect-src &#39;self&#39; blob: data: ws://127.0.0.1:4747; worker-src &#39;self&#39;">`;
    expect(withLivePort(built, 4310)).toBe(built.replace('4747', '4310'));
  });

  it('gives the participant app nothing beyond its own server', () => {
    expect(PARTICIPANT_CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(PARTICIPANT_CONTENT_SECURITY_POLICY).toContain("connect-src 'self'");
    expect(PARTICIPANT_CONTENT_SECURITY_POLICY).not.toContain('http');
  });
});
