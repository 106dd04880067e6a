import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { DEFAULT_TIME_ZONE, timeZoneFrom } from '@/lib/i18n/intl';
import { isoInZone, wallTimeOf } from '@/lib/i18n/zoned-time';

/**
 * The `published` picker's clock: a wall time in the newsroom's zone becomes an ISO date-time with
 * that zone's offset at that moment. The expected offsets are the published rules (Toronto: EDT,
 * -04:00, from the second Sunday of March at 02:00 to the first Sunday of November at 02:00; EST,
 * -05:00, otherwise), typed here, not computed.
 */
const TORONTO = 'America/Toronto';
const at = (date: string, time: string, zone = TORONTO, prefer?: string) => isoInZone({ date, time }, zone, prefer);

describe('the offset written for a wall time', () => {
  test('Toronto: -04:00 in summer, -05:00 in winter', () => {
    expect(at('2026-07-01', '09:00')).toEqual({ ok: true, iso: '2026-07-01T09:00:00-04:00' });
    expect(at('2026-01-15', '09:00')).toEqual({ ok: true, iso: '2026-01-15T09:00:00-05:00' });
    expect(at('2026-11-20', '09:00')).toEqual({ ok: true, iso: '2026-11-20T09:00:00-05:00' });
    expect(at('2020-04-03', '17:45:30')).toEqual({ ok: true, iso: '2020-04-03T17:45:30-04:00' });
  });

  test('either side of the change in March (2026-03-08, 02:00 becomes 03:00)', () => {
    expect(at('2026-03-07', '12:00')).toEqual({ ok: true, iso: '2026-03-07T12:00:00-05:00' });
    expect(at('2026-03-08', '01:59')).toEqual({ ok: true, iso: '2026-03-08T01:59:00-05:00' });
    expect(at('2026-03-08', '03:00')).toEqual({ ok: true, iso: '2026-03-08T03:00:00-04:00' });
    expect(at('2026-03-09', '00:00')).toEqual({ ok: true, iso: '2026-03-09T00:00:00-04:00' });
  });

  test('the hour the clocks skip is refused with the reason, never given an offset', () => {
    for (const time of ['02:00', '02:30', '02:59']) {
      const result = at('2026-03-08', time);
      expect(result.ok, time).toBe(false);
      expect(!result.ok && result.reason).toBe(`${time} does not exist on 2026-03-08 in America/Toronto: the clocks go forward that night, from UTC-05:00 to UTC-04:00, and skip it. Choose a time before or after the change.`);
    }
  });

  test('either side of the change in November (2026-11-01, 02:00 becomes 01:00); the repeated hour says which it is', () => {
    expect(at('2026-11-01', '00:59')).toEqual({ ok: true, iso: '2026-11-01T00:59:00-04:00' });
    expect(at('2026-11-01', '02:00')).toEqual({ ok: true, iso: '2026-11-01T02:00:00-05:00' });
    expect(at('2026-11-01', '01:30')).toEqual({ ok: true, iso: '2026-11-01T01:30:00-04:00', note: '01:30 happens twice on 2026-11-01 in America/Toronto (the clocks go back): this is the first, -04:00.' });
    // A value already stored with the second offset keeps it when the picker writes it again.
    expect(at('2026-11-01', '01:30', TORONTO, '-05:00')).toMatchObject({ ok: true, iso: '2026-11-01T01:30:00-05:00' });
    expect(at('2026-11-01', '01:30', TORONTO, '+09:00')).toMatchObject({ ok: true, iso: '2026-11-01T01:30:00-04:00' });
  });

  test('other zones: half hours, southern summers, UTC', () => {
    expect(at('2026-07-01', '09:00', 'Asia/Kolkata')).toEqual({ ok: true, iso: '2026-07-01T09:00:00+05:30' });
    expect(at('2026-07-01', '09:00', 'Europe/London')).toEqual({ ok: true, iso: '2026-07-01T09:00:00+01:00' });
    expect(at('2026-12-01', '09:00', 'Europe/London')).toEqual({ ok: true, iso: '2026-12-01T09:00:00+00:00' });
    expect(at('2026-01-10', '09:00', 'Australia/Sydney')).toEqual({ ok: true, iso: '2026-01-10T09:00:00+11:00' });
    expect(at('2026-07-01', '09:00', 'UTC')).toEqual({ ok: true, iso: '2026-07-01T09:00:00+00:00' });
    // Lord Howe Island moves its clocks by half an hour, 02:00 to 02:30, on 2026-10-04.
    expect(at('2026-10-04', '02:15', 'Australia/Lord_Howe').ok).toBe(false);
    expect(at('2026-10-04', '02:30', 'Australia/Lord_Howe')).toEqual({ ok: true, iso: '2026-10-04T02:30:00+11:00' });
  });

  test('what is not a day or a time is refused, and so is an offset ISO 8601 cannot write', () => {
    expect(at('2026-02-29', '09:00')).toEqual({ ok: false, reason: '2026-02-29 is not a day of the calendar' });
    expect(at('2028-02-29', '09:00')).toEqual({ ok: true, iso: '2028-02-29T09:00:00-05:00' });
    expect(at('2026-13-01', '09:00').ok).toBe(false);
    expect(at('2026-01-01', '24:00').ok).toBe(false);
    expect(at('', '09:00').ok).toBe(false);
    expect(at('2026-01-01', '').ok).toBe(false);
    expect(at('0999-01-01', '09:00').ok).toBe(false);
    // Toronto kept local mean time, -05:17:32, until 1895.
    expect(at('1850-06-01', '12:00')).toMatchObject({ ok: false, reason: expect.stringContaining('local mean time') });
  });
});

describe('a stored value on the newsroom’s clock', () => {
  test('shown in the zone, and marked when it was written with another offset', () => {
    expect(wallTimeOf('2026-11-20T09:00:00-05:00', TORONTO)).toEqual({ date: '2026-11-20', time: '09:00', offset: '-05:00', sameOffset: true });
    expect(wallTimeOf('2026-11-20T14:00:00.000Z', TORONTO)).toEqual({ date: '2026-11-20', time: '09:00', offset: '-05:00', sameOffset: false });
    expect(wallTimeOf('2026-07-01T09:00:30-04:00', TORONTO)).toEqual({ date: '2026-07-01', time: '09:00:30', offset: '-04:00', sameOffset: true });
    expect(wallTimeOf('2026-07-01T23:30:00-07:00', TORONTO)).toEqual({ date: '2026-07-02', time: '02:30', offset: '-04:00', sameOffset: false });
  });

  test('what is not an ISO date-time with offset is not shown as one', () => {
    for (const bad of ['2026-11-20', '2026-11-20T09:00:00', '2026-02-30T09:00:00-05:00', 'soon', '', '2026-11-20T25:00:00Z']) {
      expect(wallTimeOf(bad, TORONTO), bad).toBeUndefined();
    }
  });

  test('any minute from 1900 to 2100, in several zones, goes to the clock and back to the same instant', () => {
    const zones = [TORONTO, 'Europe/Paris', 'Australia/Lord_Howe', 'America/St_Johns', 'Asia/Kathmandu', 'Pacific/Apia'];
    const minute = fc.integer({ min: Date.UTC(1900, 0, 1) / 60_000, max: Date.UTC(2100, 0, 1) / 60_000 });
    fc.assert(
      fc.property(minute, fc.constantFrom(...zones), (m, zone) => {
        const instant = m * 60_000;
        const wall = wallTimeOf(new Date(instant).toISOString(), zone);
        if (!wall) return; // a zone's old local mean time has no ISO offset
        const back = isoInZone(wall, zone, wall.offset);
        expect(back.ok && Date.parse(back.iso), `${zone} ${new Date(instant).toISOString()}`).toBe(instant);
      }),
      { seed: 20261203, numRuns: 3000 },
    );
  });
});

describe('NEWSROOM_TIME_ZONE', () => {
  test('unset or empty is America/Toronto; a name is spelled as the tz database spells it', () => {
    expect(DEFAULT_TIME_ZONE).toBe('America/Toronto');
    expect(timeZoneFrom(undefined)).toEqual({ zone: 'America/Toronto' });
    expect(timeZoneFrom('  ')).toEqual({ zone: 'America/Toronto' });
    expect(timeZoneFrom('europe/paris')).toEqual({ zone: 'Europe/Paris' });
    expect(timeZoneFrom('UTC')).toEqual({ zone: 'UTC' });
  });
  test('an unknown name falls back to America/Toronto with a warning that names it', () => {
    expect(timeZoneFrom('Mars/Olympus')).toEqual({ zone: 'America/Toronto', warning: 'NEWSROOM_TIME_ZONE: expected a time zone of the tz database, like America/Toronto or Europe/Paris, found "Mars/Olympus"; dates are in America/Toronto' });
    expect(timeZoneFrom('EST-5').warning).toContain('found "EST-5"');
  });
  test('npm run desk refuses to start with an unknown name, and says why', () => {
    const run = spawnSync(process.execPath, ['scripts/desk.mjs', '--port', '1'], { env: { ...process.env, NEWSROOM_TIME_ZONE: 'Mars/Olympus' }, encoding: 'utf8', timeout: 10_000 });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('NEWSROOM_TIME_ZONE: expected a time zone of the tz database, like America/Toronto or Europe/Paris, found "Mars/Olympus"');
  });
});
