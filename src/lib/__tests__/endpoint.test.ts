import { describe, expect, it } from 'vitest';
import { fillPath } from '@/lib/endpoint';

describe('fillPath', () => {
  it('fills and encodes path parameters', () => {
    expect(fillPath('/series/:id/sessions', { id: 'a b' })).toBe('/series/a%20b/sessions');
  });

  it('names a missing parameter', () => {
    expect(() => fillPath('/sessions/:id/complete')).toThrow('Missing path parameter "id" for /sessions/:id/complete');
  });
});
