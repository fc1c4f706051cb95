// Form posts are small; a body over the limit is refused with 413 before it is parsed, so a
// gigabyte post cannot fill the web server's memory. A declared length over the limit is read
// and dropped first (up to DISCARD_MAX_BYTES), so the browser gets the Japanese page instead of a
// reset connection; a body without a declared length is counted as it arrives.
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppEnv } from './deps';

const DISCARD_MAX_BYTES = 16 * 1024 * 1024;

async function discard(body: ReadableStream<Uint8Array> | null): Promise<void> {
  if (!body) return;
  let read = 0;
  for await (const chunk of body) {
    read += chunk.byteLength;
    if (read > DISCARD_MAX_BYTES) return;
  }
}

export function formBodyLimit(maxBytes: number, tooLarge: (c: Context<AppEnv>) => Response | Promise<Response>): MiddlewareHandler<AppEnv> {
  const streamed = bodyLimit({ maxSize: maxBytes, onError: (c) => tooLarge(c as Context<AppEnv>) });
  return async (c, next) => {
    const declared = Number(c.req.header('content-length'));
    if (!(declared > maxBytes)) return streamed(c, next);
    await discard(c.req.raw.body);
    return tooLarge(c);
  };
}
