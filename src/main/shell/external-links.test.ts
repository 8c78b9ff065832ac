import { describe, expect, it } from 'vitest';
import { DEFAULT_EXTERNAL_HOSTS, decideExternalOpen } from './external-links';

describe('decideExternalOpen', () => {
  it('opens nothing with the default, empty allowlist', () => {
    expect(DEFAULT_EXTERNAL_HOSTS).toEqual([]);
    for (const url of ['https://www.gov.uk/', 'https://example.org/page', 'http://example.org/']) {
      expect(decideExternalOpen(url).allowed, url).toBe(false);
    }
  });

  it('opens an https link to an allowlisted host', () => {
    expect(decideExternalOpen('https://www.gov.uk/guidance?x=1', ['www.gov.uk'])).toEqual({
      allowed: true,
      url: 'https://www.gov.uk/guidance?x=1',
    });
    expect(decideExternalOpen('https://WWW.GOV.UK/', ['www.gov.uk']).allowed).toBe(true);
    expect(decideExternalOpen('https://www.gov.uk/', ['WWW.GOV.UK']).allowed).toBe(true);
  });

  it('refuses other schemes even for an allowlisted host', () => {
    const hosts = ['www.gov.uk'];
    for (const url of [
      'http://www.gov.uk/',
      'file://www.gov.uk/share/x.exe',
      'smb://www.gov.uk/share',
      'ms-msdt:/id PCWDiagnostic',
      'javascript:alert(1)',
      'mailto:someone@www.gov.uk',
    ]) {
      expect(decideExternalOpen(url, hosts).allowed, url).toBe(false);
    }
  });

  it('refuses look-alike hosts, credentials, ports and junk', () => {
    const hosts = ['www.gov.uk'];
    for (const url of [
      'https://www.gov.uk.evil.example/',
      'https://evilwww.gov.uk/',
      'https://sub.www.gov.uk/',
      'https://user:pw@www.gov.uk/',
      'https://www.gov.uk@evil.example/',
      'https://www.gov.uk:8443/',
      'not a url',
      '',
    ]) {
      expect(decideExternalOpen(url, hosts).allowed, url).toBe(false);
    }
  });

  it('says why a link was refused', () => {
    expect(decideExternalOpen('http://www.gov.uk/', ['www.gov.uk'])).toEqual({
      allowed: false,
      reason: 'only https links open outside the app',
    });
  });
});
