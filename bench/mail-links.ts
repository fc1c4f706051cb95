// The links the benchmark's applicants follow, read from the dev inbox as their mails arrive. The
// inbox pushes each new mail's summary over its socket.io feed (as it does to its own web page),
// and only the mail an applicant waits for is opened. Watching the inbox must not cost more than
// the lifecycles being measured, which share its two cores: polling its search made it filter the
// whole store 50 times a second, a cost that grew with every mail kept.
import { io } from 'socket.io-client';
import { rendezvous } from './rendezvous';

interface MailSummary {
  id: string;
  subject: string;
  to: { address: string }[];
}

export interface MailLinks {
  /** The link in the mail with the watched subject to `email`, once it has come (or at once, if it has). */
  linkFor(email: string): Promise<string>;
  close(): void;
}

export async function watchMailLinks(inboxUrl: string, subject: string, link: RegExp): Promise<MailLinks> {
  /** Each mail's id by its recipient; a mail comes before its applicant asks when a step answers after its mail was sent. */
  const mailIds = rendezvous<string>();

  async function open(id: string): Promise<string> {
    const { text } = (await (await fetch(`${inboxUrl}/api/email/${id}`)).json()) as { text: string };
    const found = link.exec(text)?.[0];
    if (!found) throw new Error(`mail ${id} 「${subject}」 has no link`);
    return found;
  }

  function received({ id, subject: received, to }: MailSummary): void {
    const address = to[0]?.address;
    if (received === subject && address) mailIds.arrive(address, id);
  }

  const socket = io(inboxUrl, { transports: ['websocket'] });
  socket.on('newMail', received);
  // On each connection, the first and any after a drop, the unread link mails are asked for once:
  // the feed does not replay what came before it was heard.
  socket.on('connect', () => void catchUp());
  async function catchUp(): Promise<void> {
    const query = new URLSearchParams({ unread: 'true', search: subject, limit: '200' });
    const { items } = (await (await fetch(`${inboxUrl}/api/email/summary?${query}`)).json()) as { items: MailSummary[] };
    for (const item of items) received(item);
  }
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });

  return {
    linkFor: (email) => mailIds.wait(email).then(open),
    close: () => socket.close(),
  };
}
