import type { BrowserContext, Worker } from '@playwright/test';
import { expect, extensionPage, launch, test } from './fixtures';
import { CSV_HEADER, day, importCsvText, readStore, sendMessage, todayIsWorkingDay } from './helpers';

const ALL_DAYS_FROM_MIDNIGHT = {
  hour: 0,
  minute: 0,
  days: [0, 1, 2, 3, 4, 5, 6],
  digest: true,
  highStakes: true,
};

const csv = [
  CSV_HEADER,
  `A-10;Atelier Lune;compta@lune.test;1 000,00;${day(-40)};${day(-10)};pro;`,
  `B-20;Boulangerie Soleil;contact@soleil.test;2 000,00;${day(-50)};${day(-20)};pro;`,
  `X-45;Xylo SAS;finance@xylo.test;1 250,00;${day(-75)};${day(-45)};pro;0102030405`,
  `D+10;Delta SARL;dg@delta.test;500,00;${day(-20)};${day(10)};pro;`,
].join('\n');

async function currentWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? context.waitForEvent('serviceworker');
}

interface LogRow {
  id: string;
  title: string;
  message: string;
  shownAt: string;
}

test('badge, digest after a worker stop, a high-stakes notification that composes, no repeat after relaunch', async ({
  session,
  profileDir,
}) => {
  test.skip(
    !todayIsWorkingDay(),
    'its steps are due today, and today the ladder rests (Sunday or public holiday)',
  );
  const opened: string[] = [];
  session.hosts.set('https://mail.google.com/', (url) => {
    opened.push(url.href);
    return { body: '<!doctype html><title>Gmail</title>', contentType: 'text/html' };
  });
  const page = await session.context.newPage();
  await extensionPage(session, page, 'dashboard.html#invoices');
  const settings = (await readStore(page, 'settings'))[0]?.value ?? {};
  await sendMessage(page, 'settings/save', {
    settings: { ...settings, notifications: ALL_DAYS_FROM_MIDNIGHT },
  });
  await importCsvText(session, page, csv, 4);

  // the e-mail, the call and the registered letter are done: the formal notice is due today.
  const x = (await readStore<{ id: string; number: string }>(page, 'invoices')).find(
    (i) => i.number === 'X-45',
  )!;
  const base = { invoiceId: x.id, createdAt: new Date().toISOString(), note: '' };
  for (const event of [
    {
      type: 'reminder_sent',
      stepId: 'j7-email',
      channel: 'email',
      template: 'email.courteous',
      date: day(-38),
    },
    { type: 'call', stepId: 'j15-phone', outcome: 'no_answer', date: day(-30) },
    { type: 'letter_sent', stepId: 'j30-registered_letter', registered: true, date: day(-15) },
  ]) {
    expect(
      await sendMessage(page, 'event/add', { event: { ...base, id: crypto.randomUUID(), ...event } }),
    ).toMatchObject({
      ok: true,
    });
  }

  // A-10, B-20 (first e-mail) and X-45 (formal notice) are due; D+10 is not.
  await expect.poll(() => session.worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('3');

  // Stop the worker, then let a real alarm wake it.
  const cdp = await session.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await session.worker.evaluate(() => chrome.alarms.create('digest', { when: Date.now() + 4000 }));
  await cdp.send('ServiceWorker.stopAllWorkers');
  const today = day(0);
  const formalNoticeId = `formal_notice|${x.id}|j45-formal_notice|${today}`;
  await expect
    .poll(async () => (await readStore<LogRow>(page, 'notificationLog')).map((r) => r.id).sort(), {
      timeout: 40_000,
    })
    .toEqual([`digest|${today}`, formalNoticeId].sort());
  const log = await readStore<LogRow>(page, 'notificationLog');
  const digest = log.find((r) => r.id === `digest|${today}`)!;
  expect(digest.title).toBe('3 relances à faire aujourd’hui — 4\u202f250,00\u00a0€');
  expect(log.find((r) => r.id === formalNoticeId)!.title).toBe(
    'Mise en demeure à envoyer : facture X-45 de Xylo SAS',
  );
  const worker = await currentWorker(session.context);
  expect(Object.keys(await worker.evaluate(() => chrome.notifications.getAll())).sort()).toEqual(
    [`digest|${today}`, formalNoticeId].sort(),
  );

  // « Relancer » on the formal-notice notification writes that reminder in a new Gmail compose.
  await worker.evaluate(
    // biome-ignore lint/suspicious/noExplicitAny: test hook of the e2e build.
    (id) => (globalThis as any).__echeanceTest.pressNotificationButton(id, 0),
    formalNoticeId,
  );
  await expect.poll(() => opened.length).toBe(1);
  const compose = new URL(opened[0]!);
  expect(compose.searchParams.get('view')).toBe('cm');
  expect(compose.searchParams.get('to')).toBe('finance@xylo.test');
  expect(compose.searchParams.get('su')).toContain('X-45');
  // French amounts, whatever no-break space Intl chose.
  expect(compose.searchParams.get('body')).toMatch(
    /vous mets en demeure de me régler la somme de 1\s250,00\s€/u,
  );

  const alarms = (await worker.evaluate(() => chrome.alarms.getAll())).map((a) => a.name);
  expect(alarms).toEqual(expect.arrayContaining(['digest', 'midnight']));
  await session.close();

  // Relaunch: the alarms are still planned and today's digest is not shown again.
  const again = await launch(profileDir);
  try {
    const page2 = await again.context.newPage();
    await extensionPage(again, page2, 'popup.html');
    await expect
      .poll(async () => (await again.worker.evaluate(() => chrome.alarms.getAll())).map((a) => a.name).sort())
      .toEqual(expect.arrayContaining(['digest', 'midnight']));
    await expect.poll(() => again.worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('3');
    const after = await readStore<LogRow>(page2, 'notificationLog');
    expect(after.find((r) => r.id === `digest|${today}`)?.shownAt).toBe(digest.shownAt);
    expect(after).toHaveLength(2);
    expect(await again.worker.evaluate(() => chrome.notifications.getAll())).toEqual({});
  } finally {
    await again.close();
  }
});
