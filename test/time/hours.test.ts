import { expect } from '@open-wc/testing';
import { callbackSlots, compileSchedule, nextChange, openStatus, type DayHours, type Hours } from '../../src/time/hours.js';
import { instantOf, offsetMinutes, wallClock } from '../../src/time/zoned.js';

// This file runs in browsers whose visitor clock is in Amsterdam, New York and Tokyo:
// every expectation is an absolute instant, so all three must agree.
const AMS = 'Europe/Amsterdam';
const visitorZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

interface Row {
  at: string;
  open: boolean;
  closesAt?: string;
  opensAt?: string;
}

function check(name: string, hours: Hours | undefined, exceptions: Record<string, DayHours> | undefined, rows: Row[], timeZone = AMS) {
  describe(name, () => {
    const schedule = compileSchedule(hours, exceptions, timeZone);
    for (const row of rows) {
      it(`at ${row.at}: ${row.open ? 'open' : 'closed'} (visitor in ${visitorZone})`, () => {
        const status = openStatus(schedule, Date.parse(row.at));
        expect(status.open).to.equal(row.open);
        expect(status.closesAt === undefined ? undefined : new Date(status.closesAt).toISOString()).to.equal(row.closesAt);
        expect(status.opensAt === undefined ? undefined : new Date(status.opensAt).toISOString()).to.equal(row.opensAt);
      });
    }
  });
}

const PHONE: Hours = { 'mon-fri': '08:00-20:00', sat: '09:00-17:00', sun: 'closed' };
const CHRISTMAS = { '2026-12-25': 'closed', '2026-12-24': '08:00-17:00' } as const;

check('weekday hours (Tuesday 24 Nov 2026, CET = UTC+1)', PHONE, CHRISTMAS, [
  { at: '2026-11-24T06:59:00Z', open: false, opensAt: '2026-11-24T07:00:00.000Z' },
  { at: '2026-11-24T07:00:00Z', open: true, closesAt: '2026-11-24T19:00:00.000Z' },
  { at: '2026-11-24T18:59:59Z', open: true, closesAt: '2026-11-24T19:00:00.000Z' },
  { at: '2026-11-24T19:00:00Z', open: false, opensAt: '2026-11-25T07:00:00.000Z' },
]);

check('weekend: Saturday hours, closed Sunday', PHONE, CHRISTMAS, [
  { at: '2026-11-28T08:30:00Z', open: true, closesAt: '2026-11-28T16:00:00.000Z' },
  { at: '2026-11-28T16:00:00Z', open: false, opensAt: '2026-11-30T07:00:00.000Z' },
  { at: '2026-11-29T12:00:00Z', open: false, opensAt: '2026-11-30T07:00:00.000Z' },
]);

check('exceptions: early closing on 24 Dec, closed on 25 Dec', PHONE, CHRISTMAS, [
  { at: '2026-12-24T15:30:00Z', open: true, closesAt: '2026-12-24T16:00:00.000Z' },
  { at: '2026-12-24T16:30:00Z', open: false, opensAt: '2026-12-26T08:00:00.000Z' },
  { at: '2026-12-25T10:00:00Z', open: false, opensAt: '2026-12-26T08:00:00.000Z' },
]);

check('an exception that opens a normally closed Sunday', PHONE, { '2026-11-29': '10:00-14:00' }, [
  { at: '2026-11-28T20:00:00Z', open: false, opensAt: '2026-11-29T09:00:00.000Z' },
  { at: '2026-11-29T12:00:00Z', open: true, closesAt: '2026-11-29T13:00:00.000Z' },
]);

check('split days with a lunch break', { 'mon-fri': ['08:00-12:00', '13:00-17:00'] }, undefined, [
  { at: '2026-11-24T11:30:00Z', open: false, opensAt: '2026-11-24T12:00:00.000Z' },
  { at: '2026-11-24T12:30:00Z', open: true, closesAt: '2026-11-24T16:00:00.000Z' },
]);

check('a range past midnight', { 'fri-sat': '22:00-02:00' }, undefined, [
  { at: '2026-11-27T21:30:00Z', open: true, closesAt: '2026-11-28T01:00:00.000Z' },
  // Sunday 01:30 still belongs to Saturday evening's range.
  { at: '2026-11-29T00:30:00Z', open: true, closesAt: '2026-11-29T01:00:00.000Z' },
  { at: '2026-11-29T01:00:00Z', open: false, opensAt: '2026-12-04T21:00:00.000Z' },
]);

check('ranges back to back across midnight are one opening', { 'mon-sun': '00:00-24:00' }, { '2026-12-25': 'closed' }, [
  { at: '2026-12-20T12:00:00Z', open: true, closesAt: '2026-12-24T23:00:00.000Z' },
  { at: '2026-12-25T12:00:00Z', open: false, opensAt: '2026-12-25T23:00:00.000Z' },
]);

check('24/7', '24/7', undefined, [{ at: '2026-12-25T03:00:00Z', open: true }]);
check('no hours means always open', undefined, undefined, [{ at: '2026-12-25T03:00:00Z', open: true }]);
check('closed every day', { 'mon-sun': 'closed' }, undefined, [{ at: '2026-11-24T12:00:00Z', open: false }]);

// 29 March 2026: Amsterdam jumps from 02:00 CET to 03:00 CEST (01:00 UTC).
check('spring DST change, 29 March 2026', { 'mon-sun': '01:00-04:00' }, undefined, [
  { at: '2026-03-29T00:30:00Z', open: true, closesAt: '2026-03-29T02:00:00.000Z' },
  { at: '2026-03-29T01:30:00Z', open: true, closesAt: '2026-03-29T02:00:00.000Z' },
  // After the change a day is 23 hours; tomorrow's 01:00 is CEST.
  { at: '2026-03-29T02:00:00Z', open: false, opensAt: '2026-03-29T23:00:00.000Z' },
]);
check('spring DST: an opening time that does not exist moves forward by the gap', { sun: '02:30-05:00' }, undefined, [
  { at: '2026-03-28T12:00:00Z', open: false, opensAt: '2026-03-29T01:30:00.000Z' },
  { at: '2026-03-29T01:45:00Z', open: true, closesAt: '2026-03-29T03:00:00.000Z' },
]);
check('spring DST: a night range across the change', { sat: '22:00-06:00' }, undefined, [
  { at: '2026-03-28T21:30:00Z', open: true, closesAt: '2026-03-29T04:00:00.000Z' },
]);

// 25 October 2026: Amsterdam goes back from 03:00 CEST to 02:00 CET (01:00 UTC).
check('autumn DST change, 25 October 2026', { 'mon-sun': '08:00-20:00' }, undefined, [
  { at: '2026-10-24T18:30:00Z', open: false, opensAt: '2026-10-25T07:00:00.000Z' },
  { at: '2026-10-25T07:00:00Z', open: true, closesAt: '2026-10-25T19:00:00.000Z' },
  { at: '2026-10-25T06:59:00Z', open: false, opensAt: '2026-10-25T07:00:00.000Z' },
]);
check('autumn DST: a repeated time opens at its first occurrence', { sun: '02:30-04:00' }, undefined, [
  { at: '2026-10-24T12:00:00Z', open: false, opensAt: '2026-10-25T00:30:00.000Z' },
  // 04:00 local comes once, after the repeated hour: 03:00 UTC. The range lasts 2.5 real hours.
  { at: '2026-10-25T01:30:00Z', open: true, closesAt: '2026-10-25T03:00:00.000Z' },
]);

check('a channel in its own zone (New York office)', { 'mon-fri': '09:00-17:00' }, undefined, [
  { at: '2026-11-24T14:00:00Z', open: true, closesAt: '2026-11-24T22:00:00.000Z' },
  { at: '2026-11-24T13:59:00Z', open: false, opensAt: '2026-11-24T14:00:00.000Z' },
], 'America/New_York');

describe('nextChange', () => {
  it('is the closing time while open and the opening time while closed', () => {
    const schedule = compileSchedule(PHONE, undefined, AMS);
    expect(nextChange(openStatus(schedule, Date.parse('2026-11-24T12:00:00Z')))).to.equal(Date.parse('2026-11-24T19:00:00Z'));
    expect(nextChange(openStatus(schedule, Date.parse('2026-11-24T20:00:00Z')))).to.equal(Date.parse('2026-11-25T07:00:00Z'));
    expect(nextChange(openStatus(compileSchedule('24/7', undefined, AMS), 0))).to.equal(undefined);
  });
});

/**
 * Zone arithmetic uses Temporal where the browser has it and Intl otherwise: the same table runs
 * with each, Temporal hidden for the second run.
 */
for (const engine of ['Temporal', 'Intl'] as const) {
  describe(`zoned arithmetic with ${engine}`, () => {
    const global = globalThis as { Temporal?: unknown };
    let hidden: unknown;
    before(function () {
      if (engine === 'Intl') [hidden, global.Temporal] = [global.Temporal, undefined];
      else if (!global.Temporal) {
        // WebKit has no Temporal: there the Intl run is what visitors get. Chromium and Firefox must have it.
        expect(navigator.userAgent, 'this browser has Temporal').to.not.match(/Chrome\/|Firefox\//);
        this.skip();
      }
    });
    after(() => {
      if (engine === 'Intl') global.Temporal = hidden;
    });
    zonedArithmetic();
  });
}

function zonedArithmetic() {
  const rows: [string, string, number, string][] = [
    ['winter', '2026-11-24T12:00:00Z', 60, '13:00'],
    ['summer', '2026-07-01T12:00:00Z', 120, '14:00'],
    ['just before spring change', '2026-03-29T00:59:00Z', 60, '01:59'],
    ['just after spring change', '2026-03-29T01:00:00Z', 120, '03:00'],
    ['first 02:30 in autumn', '2026-10-25T00:30:00Z', 120, '02:30'],
    ['second 02:30 in autumn', '2026-10-25T01:30:00Z', 60, '02:30'],
  ];
  for (const [name, at, offset, clock] of rows) {
    it(`${name}: ${at} is ${clock} in Amsterdam (UTC+${offset / 60})`, () => {
      const instant = Date.parse(at);
      expect(offsetMinutes(instant, AMS)).to.equal(offset);
      const wall = wallClock(instant, AMS);
      const hh = String(Math.floor(wall.minutes / 60)).padStart(2, '0');
      const mm = String(wall.minutes % 60).padStart(2, '0');
      expect(`${hh}:${mm}`).to.equal(clock);
    });
  }

  it('turns a wall-clock time into the instant, whatever the visitor\'s zone', () => {
    expect(new Date(instantOf({ year: 2026, month: 11, day: 24 }, 8 * 60, AMS)).toISOString()).to.equal('2026-11-24T07:00:00.000Z');
    expect(new Date(instantOf({ year: 2026, month: 7, day: 1 }, 8 * 60, AMS)).toISOString()).to.equal('2026-07-01T06:00:00.000Z');
    expect(new Date(instantOf({ year: 2026, month: 11, day: 24 }, 24 * 60, 'Asia/Tokyo')).toISOString()).to.equal('2026-11-24T15:00:00.000Z');
  });
}

describe('callbackSlots', () => {
  const schedule = compileSchedule({ 'mon-fri': '09:00-11:00' }, { '2026-11-25': 'closed' }, AMS);
  const iso = (instants: number[]) => instants.map((i) => new Date(i).toISOString());

  it('offers slots within opening hours, from a little after now, skipping closed days', () => {
    // Tuesday 09:40 in Amsterdam: the next slot starts after 10:10.
    const slots = callbackSlots(schedule, Date.parse('2026-11-24T08:40:00Z'), { days: 3 });
    expect(iso(slots)).to.deep.equal([
      '2026-11-24T09:30:00.000Z', // Tuesday 10:30
      '2026-11-26T08:00:00.000Z', // Thursday 09:00 (Wednesday is closed)
      '2026-11-26T08:30:00.000Z',
      '2026-11-26T09:00:00.000Z',
      '2026-11-26T09:30:00.000Z',
    ]);
  });

  it('keeps wall-clock slots on the spring DST day', () => {
    const sunday = compileSchedule({ sun: '01:00-04:00' }, undefined, AMS);
    const slots = callbackSlots(sunday, Date.parse('2026-03-28T12:00:00Z'), { days: 2, slotMinutes: 60 });
    // 02:00 does not exist that night; it moves to 03:00, which is also the next slot: offered once.
    expect(iso(slots)).to.deep.equal(['2026-03-29T00:00:00.000Z', '2026-03-29T01:00:00.000Z']);
  });

  it('respects the limit', () => {
    expect(callbackSlots(compileSchedule('24/7', undefined, AMS), 0, { limit: 5 }).length).to.equal(5);
  });
});
