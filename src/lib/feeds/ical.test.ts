import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { buildCalendar, escapeText, foldLine, type IcsEvent } from './ical.ts';

const base: IcsEvent = {
  uid: 'journee@example.org',
  summary: 'Journée d’exploration',
  start: { date: new Date('2015-03-05T08:30:00Z'), journee: false },
  end: { date: new Date('2015-03-05T16:00:00Z'), journee: false },
  status: 'confirmed',
  updated: new Date('2026-01-10T00:00:00Z'),
};

function parse(text: string) {
  const comp = new ICAL.Component(ICAL.parse(text));
  for (const tz of comp.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  return comp.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

describe('escapeText', () => {
  test('escapes backslash, semicolon, comma and newlines', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });
});

describe('foldLine', () => {
  test('keeps every physical line within 75 octets without splitting a UTF-8 character', () => {
    const line = `DESCRIPTION:${'é'.repeat(100)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(2);
    for (const p of parts) expect(new TextEncoder().encode(p).length).toBeLessThanOrEqual(75);
    expect(parts.slice(1).every((p) => p.startsWith(' '))).toBe(true);
    expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
  });
});

describe('buildCalendar', () => {
  test('ends every line with CRLF and parses with ical.js', () => {
    const text = buildCalendar({ name: 'Agenda', events: [base] });
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const [ev] = parse(text);
    expect(ev!.uid).toBe('journee@example.org');
    expect(ev!.summary).toBe('Journée d’exploration');
  });

  test('gives Paris times that map to the right instants in winter and summer', () => {
    const summer: IcsEvent = {
      ...base,
      uid: 's@x',
      start: { date: new Date('2025-06-30T07:00:00Z'), journee: false },
      end: { date: new Date('2025-07-01T10:00:00Z'), journee: false },
    };
    const text = buildCalendar({ name: 'Agenda', events: [base, summer] });
    expect(text).toContain('DTSTART;TZID=Europe/Paris:20150305T093000');
    expect(text).toContain('DTSTART;TZID=Europe/Paris:20250630T090000');
    const [w, s] = parse(text);
    expect(w!.startDate.toJSDate().toISOString()).toBe('2015-03-05T08:30:00.000Z');
    expect(s!.startDate.toJSDate().toISOString()).toBe('2025-06-30T07:00:00.000Z');
    expect(s!.endDate.toJSDate().toISOString()).toBe('2025-07-01T10:00:00.000Z');
  });

  test('writes all-day events as dates with an exclusive end', () => {
    const allDay: IcsEvent = {
      ...base,
      start: { date: new Date('2016-11-24T00:00:00Z'), journee: true },
      end: { date: new Date('2016-11-25T00:00:00Z'), journee: true },
    };
    const text = buildCalendar({ name: 'Agenda', events: [allDay] });
    expect(text).toContain('DTSTART;VALUE=DATE:20161124');
    expect(text).toContain('DTEND;VALUE=DATE:20161126');
    const [ev] = parse(text);
    expect(ev!.startDate.isDate).toBe(true);
    expect(ev!.endDate.toString()).toBe('2016-11-26');
  });

  test('a calendar without events still holds a component, the time zone (RFC 5545)', () => {
    const cal = new ICAL.Component(ICAL.parse(buildCalendar({ name: 'Agenda vide', events: [] })));
    expect(cal.getAllSubcomponents('vevent')).toHaveLength(0);
    expect(cal.getAllSubcomponents().map((c) => c.name)).toEqual(['vtimezone']);
  });

  test('marks cancelled events and escapes text fields', () => {
    const text = buildCalendar({
      name: 'Agenda',
      events: [
        {
          ...base,
          status: 'cancelled',
          location: 'Salle, 1 place; Pélussin',
          description: 'Ligne 1\nLigne 2',
          url: 'https://example.org/e/',
        },
      ],
    });
    const comp = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!;
    expect(comp.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(comp.getFirstPropertyValue('location')).toBe('Salle, 1 place; Pélussin');
    expect(comp.getFirstPropertyValue('description')).toBe('Ligne 1\nLigne 2');
    expect(comp.getFirstPropertyValue('url')).toBe('https://example.org/e/');
    expect(comp.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-01-10T00:00:00Z');
  });
});
