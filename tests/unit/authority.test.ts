import { describe, expect, it } from 'vitest';
import { authorityStatus, currentArea, successorsFor, type AreaFacts, type AuthorityFacts } from '../../src/lib/authority.ts';

const units: AuthorityFacts[] = [
  { id: 'city', name: 'UBND thành phố', dissolvedOn: '2025-07-01', successors: ['ward-a', 'ward-old'] },
  { id: 'ward-a', name: 'UBND phường A', successors: [] },
  { id: 'ward-old', name: 'UBND phường cũ', dissolvedOn: '2026-01-01', successors: ['ward-b'] },
  { id: 'ward-b', name: 'UBND phường B', successors: [] },
  { id: 'office', name: 'Phòng Nội vụ', dissolvedOn: '2025-07-01', successors: [] },
];
const lookup = (id: string) => units.find((u) => u.id === id);

describe('authority status', () => {
  it('treats an authority as active until the day it is dissolved', () => {
    expect(authorityStatus('city', lookup, '2025-06-30').active).toBe(true);
    expect(authorityStatus('city', lookup, '2025-07-01').active).toBe(false);
  });

  it('follows successors of successors to the ones that exist today', () => {
    const status = authorityStatus('city', lookup, '2026-11-29');
    expect(status.currentSuccessors.map((s) => s.id)).toEqual(['ward-a', 'ward-b']);
  });

  it('reports no successor when none is known', () => {
    expect(authorityStatus('office', lookup, '2026-11-29')).toEqual({ active: false, dissolvedOn: '2025-07-01', currentSuccessors: [] });
  });

  it('fails loudly on an unknown id', () => {
    expect(() => authorityStatus('nobody', lookup, '2026-11-29')).toThrow(/nobody/);
  });
});

describe('which successor a record names', () => {
  const wards: AuthorityFacts[] = [
    { id: 'group', name: 'UBND các phường, xã', dissolvedOn: '2025-07-01', successors: ['ubnd-pho-hien', 'ubnd-son-nam'] },
    { id: 'ubnd-pho-hien', name: 'UBND phường Phố Hiến', area: 'pho-hien', successors: [] },
    { id: 'ubnd-son-nam', name: 'UBND phường Sơn Nam', area: 'son-nam', successors: [] },
    {
      id: 'ubnd-lam-son',
      name: 'UBND phường Lam Sơn',
      area: 'lam-son',
      dissolvedOn: '2025-07-01',
      successors: ['ubnd-pho-hien', 'ubnd-son-nam'],
    },
  ];
  const areas: AreaFacts[] = [
    { id: 'quang-trung', dissolvedOn: '2024-12-01', mergedInto: 'le-loi' },
    { id: 'le-loi', dissolvedOn: '2025-07-01', mergedInto: 'pho-hien' },
    { id: 'an-tao', dissolvedOn: '2025-07-01', mergedInto: 'pho-hien' },
    { id: 'lam-son', dissolvedOn: '2025-07-01', mergedInto: 'son-nam' },
    { id: 'pho-hien' },
    { id: 'son-nam' },
    { id: 'elsewhere' },
  ];
  const unitLookup = (id: string) => wards.find((u) => u.id === id);
  const areaLookup = (id: string) => areas.find((a) => a.id === id);
  const named = (area: string | undefined, asOf = '2026-12-05') =>
    successorsFor(authorityStatus('group', unitLookup, asOf), area, areaLookup, asOf).map((s) => s.id);

  it('follows an area through each merger to the one that covers it on the date', () => {
    expect(currentArea('quang-trung', areaLookup, '2024-11-30')).toBe('quang-trung');
    expect(currentArea('quang-trung', areaLookup, '2024-12-01')).toBe('le-loi');
    expect(currentArea('quang-trung', areaLookup, '2025-06-30')).toBe('le-loi');
    expect(currentArea('quang-trung', areaLookup, '2025-07-01')).toBe('pho-hien');
    expect(currentArea('nowhere', areaLookup, '2025-07-01')).toBeUndefined();
  });

  it("names only the successor serving the record's former area (An Tảo → Phố Hiến)", () => {
    expect(named('an-tao')).toEqual(['ubnd-pho-hien']);
    expect(named('lam-son')).toEqual(['ubnd-son-nam']);
    expect(named('quang-trung')).toEqual(['ubnd-pho-hien']);
    expect(named('son-nam')).toEqual(['ubnd-son-nam']);
  });

  it("lets a former ward committee's own area decide when the record has none", () => {
    const status = authorityStatus('ubnd-lam-son', unitLookup, '2026-12-05');
    expect(successorsFor(status, undefined, areaLookup, '2026-12-05').map((s) => s.id)).toEqual(['ubnd-son-nam']);
    expect(successorsFor(status, 'an-tao', areaLookup, '2026-12-05').map((s) => s.id)).toEqual(['ubnd-pho-hien']);
  });

  it('names every successor when the area does not decide', () => {
    expect(named(undefined)).toEqual(['ubnd-pho-hien', 'ubnd-son-nam']);
    expect(named('elsewhere')).toEqual(['ubnd-pho-hien', 'ubnd-son-nam']);
    expect(named('unknown-area')).toEqual(['ubnd-pho-hien', 'ubnd-son-nam']);
  });
});
