import { asc, desc, eq, isNull } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import type { Db, DbOrTx } from '../db/client';
import { outbox } from './mail.schema';

/** A message to one address; `calendar` is an iCalendar invitation sent with it. */
export type Mail = { to: string; subject: string; text: string; calendar?: string | null; meetingId?: number | null };

/**
 * Mail goes through the outbox: a change that calls for mail adds its messages in its own
 * transaction (so a refused change sends nothing), and `deliver` sends what waits once it is
 * committed — through SMTP when `SMTP_URL` is set; otherwise the messages stay in the outbox, where
 * the ministry reads them.
 */
export function createMailer(settings: { smtpUrl: string | null; from: string }, db: Db) {
  const transport = settings.smtpUrl ? nodemailer.createTransport(settings.smtpUrl) : null;
  let delivering: Promise<void> = Promise.resolve();

  async function deliverWaiting() {
    if (!transport) return;
    const waiting = await db.select().from(outbox).where(isNull(outbox.sentAt)).orderBy(asc(outbox.id)).limit(100);
    for (const m of waiting) {
      try {
        await transport.sendMail({
          from: settings.from,
          to: m.to,
          subject: m.subject,
          text: m.text,
          ...(m.calendar ? { icalEvent: { method: 'REQUEST', filename: 'invite.ics', content: m.calendar } } : {}),
        });
        await db.update(outbox).set({ sentAt: new Date() }).where(eq(outbox.id, m.id));
      } catch {
        // The message stays in the outbox and goes with the next delivery.
        return;
      }
    }
  }

  return {
    /** Adds messages to the outbox, inside the transaction of the change they come from. */
    async queue(tx: DbOrTx, mails: readonly Mail[]) {
      if (mails.length === 0) return;
      await tx.insert(outbox).values(mails.map((m) => ({ to: m.to, subject: m.subject, text: m.text, calendar: m.calendar ?? null, meetingId: m.meetingId ?? null })));
    },
    /** Sends what waits, one delivery after another; call after the change commits. */
    deliver() {
      delivering = delivering.then(deliverWaiting, deliverWaiting);
      return delivering;
    },
    /** The latest messages, newest first. */
    list: (tx: DbOrTx, limit = 200) => tx.select().from(outbox).orderBy(desc(outbox.id)).limit(limit),
    close: async () => {
      await delivering;
      transport?.close();
    },
  };
}
export type Mailer = ReturnType<typeof createMailer>;
