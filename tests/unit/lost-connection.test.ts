import { describe, expect, it } from 'vitest';
import { lostConnection } from '../../db/repositories/member-session-stamp';

// Shaped as node-postgres reports them: server errors carry a severity and a SQLSTATE.
const serverError = (code: string) => Object.assign(new Error('server error'), { severity: 'FATAL', code });

describe('lostConnection', () => {
  it('takes a broken socket and a server going away for an unavailable database', () => {
    expect(lostConnection(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(lostConnection(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(lostConnection(serverError('57P01'))).toBe(true);
    expect(lostConnection(serverError('08006'))).toBe(true);
  });

  it('leaves errors of the query itself alone', () => {
    expect(lostConnection(serverError('42P01'))).toBe(false);
    expect(lostConnection(serverError('23505'))).toBe(false);
  });
});
