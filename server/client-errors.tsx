// Node answers a request it cannot parse (headers over its ~16 KB limit, a broken request line)
// by itself, with an empty body, before the app sees it. These answers replace that with the
// Japanese error page and the headers every page carries.
import type { ServerType } from '@hono/node-server';
import { Hono } from 'hono';
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { ErrorPage } from '../templates/public/error-page';
import { securePageHeaders } from './secure-page-headers';

type ClientErrorStatus = 400 | 431;

const pages = new Hono()
  .use(securePageHeaders)
  .get('/431', (c) => c.html(<ErrorPage status={431} />, 431))
  .get('/400', (c) => c.html(<ErrorPage status={400} />, 400));

/** The whole HTTP/1.1 response, written straight to the socket Node could not parse a request from. */
async function rawAnswer(status: ClientErrorStatus): Promise<Buffer> {
  const response = await pages.request(`/${status}`);
  const body = Buffer.from(await response.arrayBuffer());
  const head = [`HTTP/1.1 ${status} ${STATUS_CODES[status]}`];
  response.headers.forEach((value, name) => head.push(`${name}: ${value}`));
  head.push(`Content-Length: ${body.byteLength}`, 'Connection: close', '', '');
  return Buffer.concat([Buffer.from(head.join('\r\n')), body]);
}

const answers = new Map<ClientErrorStatus, Promise<Buffer>>();

function answerFor(status: ClientErrorStatus): Promise<Buffer> {
  let answer = answers.get(status);
  if (!answer) answers.set(status, (answer = rawAnswer(status)));
  return answer;
}

export function answerUnparsableRequests(server: ServerType): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    // A client that went away, or a socket already answered, gets nothing more.
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const status: ClientErrorStatus = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400;
    void answerFor(status).then(
      (answer) => socket.end(answer),
      () => socket.destroy(),
    );
  });
}
