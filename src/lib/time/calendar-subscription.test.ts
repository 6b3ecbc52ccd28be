import { describe, expect, test } from 'vitest';
import { absoluteUrl, webcalUrl } from './calendar-subscription.ts';

describe('webcalUrl', () => {
  test('turns an http or https address into a webcal subscription', () => {
    expect(webcalUrl('https://exemple.fr/agenda.ics')).toBe('webcal://exemple.fr/agenda.ics');
    expect(webcalUrl('http://localhost:4321/territoires/22/agenda.ics')).toBe('webcal://localhost:4321/territoires/22/agenda.ics');
  });
});

describe('absoluteUrl', () => {
  test('resolves a path against the site address, with or without a base path', () => {
    expect(absoluteUrl('https://exemple.fr', '/agenda.ics')).toBe('https://exemple.fr/agenda.ics');
    expect(absoluteUrl('https://exemple.fr/base/', 'agenda.ics')).toBe('https://exemple.fr/base/agenda.ics');
  });
});
