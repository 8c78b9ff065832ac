import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';
import { parseCsp, responseHeaders } from './csp';

const policy = parseCsp(CONTENT_SECURITY_POLICY);

describe('the Content-Security-Policy', () => {
  it('only allows the app itself by default', () => {
    expect(policy.get('default-src')).toEqual(["'self'"]);
  });

  it('allows no inline, evaluated or foreign script', () => {
    const script = policy.get('script-src') ?? policy.get('default-src');
    expect(script).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toContain("'unsafe-eval'");
    expect(CONTENT_SECURITY_POLICY).not.toContain("'wasm-unsafe-eval'");
    expect(CONTENT_SECURITY_POLICY).not.toContain("'strict-dynamic'");
  });

  it("allows inline styles (Mantine needs them) but nothing else 'unsafe-inline'", () => {
    expect(policy.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    for (const [name, sources] of policy) {
      if (name !== 'style-src') expect(sources, name).not.toContain("'unsafe-inline'");
    }
  });

  it('shuts plugins, base rewriting, framing and form posts', () => {
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
    expect(policy.get('frame-src')).toEqual(["'none'"]);
  });

  it('names no remote source anywhere', () => {
    for (const [name, sources] of policy) {
      for (const source of sources) {
        expect(source, name).not.toMatch(/^(\*|https?:|wss?:|ftp:|file:|filesystem:)/);
        expect(source, name).not.toContain('*');
      }
    }
  });

  it('lets the page connect only to the app itself', () => {
    expect(policy.get('connect-src')).toEqual(["'self'"]);
  });
});

describe('parseCsp', () => {
  it('keeps the first of duplicate directives, as browsers do', () => {
    const parsed = parseCsp("script-src 'self'; script-src *; ; IMG-SRC data:");
    expect(parsed.get('script-src')).toEqual(["'self'"]);
    expect(parsed.get('img-src')).toEqual(['data:']);
    expect(parsed.size).toBe(2);
  });
});

describe('responseHeaders', () => {
  it('carries the policy, the content type and the hardening headers', () => {
    const headers = responseHeaders('text/html; charset=utf-8');
    expect(headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(headers['Content-Type']).toBe('text/html; charset=utf-8');
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toBe('no-referrer');
    expect(headers['Cache-Control']).toBe('no-store');
  });
});
