import { describe, expect, it } from 'vitest';
import { StampedCache } from '../../server/stamped-cache';

describe('StampedCache', () => {
  it('answers only for the stamp an entry was stored with', () => {
    const cache = new StampedCache<string>(10);
    cache.set('page', 'v1', 'old');
    expect(cache.get('page', 'v1')).toBe('old');
    expect(cache.get('page', 'v2')).toBeUndefined();
    cache.set('page', 'v2', 'new');
    expect(cache.get('page', 'v1')).toBeUndefined();
    expect(cache.get('page', 'v2')).toBe('new');
  });

  it('keeps at most its capacity, dropping the least recently used', () => {
    const cache = new StampedCache<number>(2);
    cache.set('a', 's', 1);
    cache.set('b', 's', 2);
    expect(cache.get('a', 's')).toBe(1);
    cache.set('c', 's', 3);
    expect(cache.size).toBe(2);
    expect(cache.get('b', 's')).toBeUndefined();
    expect(cache.get('a', 's')).toBe(1);
    expect(cache.get('c', 's')).toBe(3);
  });
});
