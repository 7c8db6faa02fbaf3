/**
 * The query string as the islands' memory: a filtered list or a search is a link, and writing one island's
 * choice leaves everything else in the address alone.
 */
import { describe, expect, it } from 'vitest';
import { readParams, setParams, urlWithParams } from '../../src/lib/url-state.ts';

const at = (path: string) => {
  const url = new URL(path, 'https://example.vn');
  return { pathname: url.pathname, search: url.search, hash: url.hash };
};

describe('reading the state from the query string', () => {
  it('reads the named parameters, decoded, and a missing one as empty', () => {
    expect(readParams('?q=gi%E1%BA%A5y+ph%C3%A9p&nam=2024', ['q', 'nam', 'loai'])).toEqual({ q: 'giấy phép', nam: '2024', loai: '' });
  });

  it('ignores parameters it was not asked for', () => {
    expect(readParams('?utm_source=zalo&muc=3', ['muc'])).toEqual({ muc: '3' });
  });

  it('keeps only the parameters that are set when asked for the set ones', () => {
    expect(setParams('?q=&nam=2024', ['q', 'nam', 'loai'])).toEqual({ nam: '2024' });
  });
});

describe('writing the state into the address', () => {
  it('sets the chosen values and removes the emptied ones', () => {
    expect(urlWithParams(at('/bieu-mau/?linh-vuc=dat-dai&q=x'), ['q', 'linh-vuc'], { q: 'đất', 'linh-vuc': '' })).toBe(
      '/bieu-mau/?q=%C4%91%E1%BA%A5t',
    );
  });

  it('leaves other parameters and the fragment as they are', () => {
    expect(urlWithParams(at('/ke-hoach/kh/phu-luc/?utm_source=zalo#muc-3'), ['muc', 'chu-tri'], { muc: '3' })).toBe(
      '/ke-hoach/kh/phu-luc/?utm_source=zalo&muc=3#muc-3',
    );
  });

  it('drops the question mark when nothing is left', () => {
    expect(urlWithParams(at('/tim-kiem/?q=thu%E1%BA%BF'), ['q'], {})).toBe('/tim-kiem/');
  });

  it('reads back what it wrote', () => {
    const names = ['q', 'dia-ban'];
    const values = { q: 'a&b=c d', 'dia-ban': 'Phường Phố Hiến' };
    expect(readParams(at(urlWithParams(at('/tim-kiem/'), names, values)).search, names)).toEqual(values);
  });
});
