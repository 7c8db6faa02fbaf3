import { describe, expect, it } from 'vitest';
import { authorityStatus, type AuthorityFacts } from '../../src/lib/authority.ts';

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
