// Reads mails through maildev's REST API, as a person would read their inbox.
import { inject } from 'vitest';

export interface InboxMail {
  id: string;
  subject: string;
  text: string;
  to: { address: string }[];
  headers: Record<string, string>;
}

export async function mailsTo(address: string): Promise<InboxMail[]> {
  const response = await fetch(`${inject('mailInboxUrl')}/api/email`);
  if (!response.ok) throw new Error(`mail inbox answered ${response.status}`);
  const mails = (await response.json()) as InboxMail[];
  return mails.filter((mail) => mail.to.some((to) => to.address.toLowerCase() === address.toLowerCase()));
}

export async function waitForMail(address: string, timeoutMs = 20_000): Promise<InboxMail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [mail] = await mailsTo(address);
    if (mail) return mail;
    if (Date.now() > deadline) throw new Error(`no mail to ${address} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

export function firstUrl(text: string): string {
  const match = /https?:\/\/\S+/.exec(text);
  if (!match) throw new Error(`no URL in mail:\n${text}`);
  return match[0];
}
