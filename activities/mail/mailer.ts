// The SMTP transport (nodemailer). Connection settings come from the configuration only.
import nodemailer, { type Transporter } from 'nodemailer';
import type { Config } from '../../config';

export type Mailer = Transporter;

export function createMailer(smtp: Config['smtp'] & { host: string }): Mailer {
  return nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    auth: smtp.user ? { user: smtp.user, pass: smtp.pass ?? '' } : undefined,
    // Connections are kept and reused: one SMTP greeting per few mails, not per mail (P3).
    pool: true,
    maxConnections: 5,
    // Fail fast while the server is away: Temporal retries the activity with back-off.
    connectionTimeout: 5_000,
    greetingTimeout: 5_000,
    socketTimeout: 15_000,
  });
}
