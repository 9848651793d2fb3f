import { describe, expect, it } from 'vitest';
import { atClinicTime } from '@/lib/clinic-time';
import { clinicName, seriesCalendar } from '../ics';

const tz = 'America/New_York';

/** Folded lines (RFC 5545: CRLF then a space) joined back. */
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');

describe('seriesCalendar', () => {
  it('writes one event per session with its UTC start, duration and title, across a DST change', () => {
    const sessions = [
      { id: 'ses_1', number: 1, start: atClinicTime('2026-10-26', '10:00', tz), durationMinutes: 45 },
      { id: 'ses_2', number: 2, start: atClinicTime('2026-11-09', '10:00', tz), durationMinutes: 45 },
    ];
    expect(sessions.map((session) => session.start)).toEqual(['2026-10-26T14:00:00.000Z', '2026-11-09T15:00:00.000Z']);

    const ics = unfold(seriesCalendar(sessions, 3));

    expect(ics).toMatch(/^BEGIN:VCALENDAR/);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(ics).toContain('DTSTART:20261026T140000Z');
    expect(ics).toContain('DTSTART:20261109T150000Z');
    expect(ics).toContain('SUMMARY:Sclerotherapy visit 1 of 3');
    expect(ics).toContain('SUMMARY:Sclerotherapy visit 2 of 3');
    expect(ics.match(/DURATION:PT45M/g)).toHaveLength(2);
    expect(ics).toContain(`LOCATION:${clinicName}`);
    expect(ics).toContain('UID:ses_1@veindesk.example');
    expect(ics).toContain('compression stockings');
  });

  it('keeps the UTC instant whatever the machine zone is', () => {
    const ics = seriesCalendar([{ id: 'a', number: 1, start: '2026-12-01T13:30:00Z', durationMinutes: 60 }], 1);
    expect(ics).toContain('DTSTART:20261201T133000Z');
    expect(ics).toContain('DURATION:PT60M');
  });
});
