import { describe, expect, it } from 'vitest';
import { overlayLanguage, pageLanguage } from '../../../../core/sites/gmail/page-lang';

describe('the Gmail overlay language', () => {
  it('reads Gmail’s <html lang>, regional variants included', () => {
    expect(pageLanguage('fr')).toBe('fr');
    expect(pageLanguage('fr-CA')).toBe('fr');
    expect(pageLanguage('en-GB')).toBe('en');
    expect(pageLanguage('EN_us')).toBe('en');
    expect(pageLanguage('de')).toBeNull();
    expect(pageLanguage('')).toBeNull();
    expect(pageLanguage(null)).toBeNull();
  });

  it('follows Gmail on « auto », the browser when Gmail speaks neither, the settings when chosen', () => {
    expect(overlayLanguage('auto', 'fr', 'en')).toBe('fr');
    expect(overlayLanguage('auto', 'en', 'fr')).toBe('en');
    expect(overlayLanguage('auto', null, 'en')).toBe('en');
    expect(overlayLanguage('auto', undefined, 'fr')).toBe('fr');
    expect(overlayLanguage('en', 'fr', 'fr')).toBe('en');
    expect(overlayLanguage('fr', 'en', 'en')).toBe('fr');
  });
});
