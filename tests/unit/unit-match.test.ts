import { describe, expect, it } from 'vitest';
import { matchUnits, type NamedUnit } from '../../src/lib/unit-match.ts';

const units: NamedUnit[] = [
  { id: 'noi-vu', names: ['Phòng Nội vụ thành phố Hưng Yên', 'Phòng Nội vụ'] },
  { id: 'tc-kh', names: ['Phòng Tài chính - Kế hoạch', 'Tài chính - KH'] },
  {
    id: 'van-phong',
    names: ['Văn phòng HĐND và UBND thành phố', 'Văn phòng HĐND-UBND thành phố', 'Văn phòng HĐND-UBND', 'Văn phòng UBND-UBND thành phố'],
  },
  { id: 'co-quan', names: ['Các cơ quan, đơn vị', 'các cơ quan, đơn vị có liên quan', 'Các phòng, ban, đơn vị'] },
  { id: 'ubnd-xa', names: ['UBND các phường, xã', 'UBND các phường xã', 'UBND các xã, phường', 'UBND cấp xã'] },
];

describe('matching unit names in a cell', () => {
  it('finds each unit whatever the case or the spaces around a hyphen', () => {
    expect(matchUnits('Phòng Tài chính - kế hoạch; UBND các phường, xã', units)).toEqual({ ids: ['tc-kh', 'ubnd-xa'], unmatched: [] });
    expect(matchUnits('Văn phòng HĐND- UBND thành phố', units).ids).toEqual(['van-phong']);
    expect(matchUnits('Văn phòng UBND- UBND thành phố', units).ids).toEqual(['van-phong']);
  });

  it('prefers the longest name, so a group is not read as its parts', () => {
    expect(matchUnits('Các cơ quan, đơn vị có liên quan', units)).toEqual({ ids: ['co-quan'], unmatched: [] });
  });

  it('reads list markers and separators as separators', () => {
    expect(matchUnits('- Các cơ quan, đơn vị; - UBND các phường xã', units).ids).toEqual(['co-quan', 'ubnd-xa']);
  });

  it('reports what it cannot place instead of dropping it', () => {
    const m = matchUnits('Các cơ quan, đơn vị; UBND các phường xã và các tổ chức, cá nhân có liên quan', units);
    expect(m.ids).toEqual(['co-quan', 'ubnd-xa']);
    expect(m.unmatched).toEqual(['và các tổ chức, cá nhân có liên quan']);
  });

  it('does not match a name inside a longer word', () => {
    expect(matchUnits('Phòng Nội vụ2', units).ids).toEqual([]);
  });
});
