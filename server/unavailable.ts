// Recognises "a service we depend on is away" (PostgreSQL, Temporal) so the page can answer 503
// with a Japanese message rather than a 500.
import { ConnectionError, TimeoutError } from 'sequelize';

// gRPC status codes: DEADLINE_EXCEEDED and UNAVAILABLE.
const UNAVAILABLE_GRPC_CODES = new Set([4, 14]);

export function isServiceUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 8; depth++) {
    if (current instanceof ConnectionError || current instanceof TimeoutError) return true;
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'number' && UNAVAILABLE_GRPC_CODES.has(code)) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}
