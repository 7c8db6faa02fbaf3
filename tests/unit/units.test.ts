import { describe, expect, it } from 'vitest';
import { organisationTree } from '../../src/lib/units.ts';

const u = (id: string, name: string, parent?: string, dissolvedOn?: string) => ({ id, data: { name, parent, dissolvedOn } });

describe('organisation tree', () => {
  const units = [
    u('tinh', 'UBND tỉnh'),
    u('tp', 'UBND thành phố', 'tinh', '2025-07-01'),
    u('noi-vu', 'Phòng Nội vụ', 'tp', '2025-07-01'),
    u('phuong', 'UBND phường Phố Hiến', 'tinh'),
    u('vhxh', 'Phòng Văn hóa - Xã hội', 'phuong'),
  ];

  it('nests current units under their parents, in Vietnamese order', () => {
    const { current } = organisationTree(units, '2026-11-29');
    expect(current.map((n) => n.unit.id)).toEqual(['tinh']);
    expect(current[0]!.children.map((n) => n.unit.id)).toEqual(['phuong']);
    expect(current[0]!.children[0]!.children.map((n) => n.unit.id)).toEqual(['vhxh']);
  });

  it('keeps dissolved units apart, with their own children', () => {
    const { former } = organisationTree(units, '2026-11-29');
    expect(former.map((n) => n.unit.id)).toEqual(['tp']);
    expect(former[0]!.children.map((n) => n.unit.id)).toEqual(['noi-vu']);
  });

  it('shows the city as current before 1 July 2025', () => {
    const { current, former } = organisationTree(units, '2025-06-30');
    expect(former).toEqual([]);
    expect(current[0]!.children.map((n) => n.unit.id)).toEqual(['phuong', 'tp']);
  });
});
