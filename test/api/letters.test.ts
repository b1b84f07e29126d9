/** Dunning letters from rules/letters/: every stage in every language, amounts and dates formatted for the locale. */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPolicySet } from '../../src/policy/policy-loader';
import { checkRulesFolder } from '../../src/policy/rules-check';
import { InvoiceDunningLetterDocument, RecordPaymentDocument } from '../generated/graphql';
import { copyPinnedRules } from '../support/pinned-rules';
import { createCustomer, GRADE_OF_TIER, issueInvoice } from '../support/scenarios';
import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
const german = { id: '', number: '' };
const chinese = { id: '', number: '' };
beforeAll(async () => {
  app = await startTestApp({ today: '2026-01-01' });
  const germanCustomer = await createCustomer(app, { grade: GRADE_OF_TIER.B, language: 'de', name: 'Müller Maschinenbau GmbH' });
  Object.assign(german, (await issueInvoice(app, germanCustomer.id, '12345.67', { issueDate: '2026-01-01' })).invoice);
  const chineseCustomer = await createCustomer(app, { grade: GRADE_OF_TIER.B, language: 'zh', name: '上海贸易有限公司', country: 'CN' });
  Object.assign(chinese, (await issueInvoice(app, chineseCustomer.id, '12345.67', { issueDate: '2026-01-01' })).invoice);
  app.clock.set('2026-02-10T09:00:00Z');
  await app.ok(RecordPaymentDocument, { input: { invoiceId: german.id, amount: '2345.67', currency: 'EUR' } });
  app.clock.set('2026-02-20T09:00:00Z');
});
afterAll(() => app.close());

const letter = async (id: string, stage: string, language?: string) =>
  (await app.ok(InvoiceDunningLetterDocument, { id, stage: stage as never, language })).invoice.dunningLetter;
const letterError = async (id: string, stage: string, language?: string) =>
  (await app.gql(InvoiceDunningLetterDocument, { id, stage: stage as never, language })).errors?.[0];
/** Intl puts a no-break space between a German amount and its currency sign. */
const NBSP = '\u00a0';

it("renders the formal demand in the customer's language, German: amounts and dates as Germans write them", async () => {
  // 12,345.67 due 2026-01-31, 2,345.67 paid on day 10, letter on day 20 (the business date):
  // 12,345.67 x 10.15% x 10 / 365 = 34.33 and 10,000.00 x 10.15% x 10 / 365 = 27.81 -> 62.14; pay within 7 days.
  expect(await letter(german.id, 'FORMAL_DEMAND')).toEqual({
    stage: 'FORMAL_DEMAND',
    language: 'de',
    asOf: '2026-02-20',
    subject: `Mahnung: Rechnung ${german.number}`,
    body: [
      'Müller Maschinenbau GmbH',
      '',
      'Sehr geehrte Damen und Herren,',
      '',
      `trotz unserer Erinnerungen ist die Rechnung ${german.number}, fällig am 31. Januar 2026, seit 20 Tagen überfällig.`,
      `Offener Betrag: 10.000,00${NBSP}€. Verzugszinsen bis heute: 62,14${NBSP}€. Verzugspauschale: 40,00${NBSP}€.`,
      'Wir fordern Sie auf, den gesamten Betrag bis zum 27. Februar 2026 zu zahlen. Bis dahin liefern wir nicht mehr auf Rechnung.',
      '',
      'Mit freundlichen Grüßen',
    ].join('\n'),
  });
});

it('renders the legal-stage letter in Chinese: Chinese dates, pay within 5 days', async () => {
  // 12,345.67 x 10.15% x 20 / 365 = 68.6622 -> 68.66
  expect(await letter(chinese.id, 'LEGAL')).toEqual({
    stage: 'LEGAL',
    language: 'zh',
    asOf: '2026-02-20',
    subject: `法律行动前最后通知：发票 ${chinese.number}`,
    body: [
      '上海贸易有限公司：',
      '',
      `发票 ${chinese.number}（到期日 2026年1月31日）逾期 20 天仍未支付。`,
      '未付金额：€12,345.67；截至目前的逾期利息：€68.66；固定催收补偿：€40.00。',
      '如我们未能在 2026年2月25日 前收到全部款项，将不再另行通知，直接将该债权移交律师或催收机构处理。',
      '',
      '此致',
      '敬礼',
    ].join('\n'),
  });
});

it('has every stage in every letter language, with every placeholder filled', async () => {
  for (const stage of ['REMINDER', 'PHONE_FOLLOW_UP', 'FORMAL_DEMAND', 'LEGAL']) {
    for (const language of ['en', 'zh', 'de', 'fr', 'es']) {
      const rendered = await letter(chinese.id, stage, language);
      expect(rendered).toMatchObject({ stage, language });
      expect(rendered.subject).toContain(chinese.number);
      expect(rendered.body).toContain('上海贸易有限公司');
      expect(`${rendered.subject}\n${rendered.body}`).not.toMatch(/[{}]/);
    }
  }
  // Another language than the customer's, on request: French figures and dates.
  expect((await letter(chinese.id, 'REMINDER', 'fr')).body).toContain(
    `Nous vous rappelons que la facture ${chinese.number} d'un montant de 12${'\u202f'}345,67${NBSP}€ arrive à échéance le 31 janvier 2026.`,
  );
  // A regional tag falls back to its language.
  expect(await letter(german.id, 'REMINDER', 'de-AT')).toMatchObject({ language: 'de' });
});

it('refuses an unknown language, listing the available ones, and the stage NONE', async () => {
  const unknown = await letterError(german.id, 'REMINDER', 'it');
  expect(unknown).toMatchObject({
    message: 'No letters in language "it"; available: de, en, es, fr, zh',
    extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'language', message: 'No letters in language "it"; available: de, en, es, fr, zh' }], available: ['de', 'en', 'es', 'fr', 'zh'] },
  });
  const none = await letterError(german.id, 'NONE');
  expect(none).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'stage' }] } });
  expect(none?.message).toMatch(/stage NONE has no letter/);
});

describe('templates are checked with the policies', () => {
  let dir: string;
  beforeEach(() => {
    dir = copyPinnedRules();
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const edit = (file: string, change: (body: any) => void) => {
    const path = join(dir, file);
    const body = JSON.parse(readFileSync(path, 'utf8'));
    change(body);
    writeFileSync(path, `${JSON.stringify(body, null, 2)}\n`);
  };

  it('refuses an unknown placeholder and a missing language, naming file, line and reason', async () => {
    edit('letters/reminder.json', (body) => {
      body.languages.de.subject = 'Zahlungserinnerung {invoiceNo}';
      delete body.languages.es;
    });
    const report = await checkRulesFolder(dir);
    expect(report.ok).toBe(false);
    expect(report.data).toContainEqual({ file: join(dir, 'letters/reminder.json'), status: 'INVALID' });
    expect(report.errors).toEqual([
      expect.objectContaining({ file: join(dir, 'letters/reminder.json'), pointer: '/languages/de/subject', reason: expect.stringMatching(/^unknown placeholder \{invoiceNo\} \(known: \{customerName\}/) }),
    ]);
    expect(report.errors[0].line).toBeGreaterThan(1);

    edit('letters/reminder.json', (body) => {
      body.languages.de.subject = 'Zahlungserinnerung {invoiceNumber}';
    });
    expect((await checkRulesFolder(dir)).errors).toEqual([
      expect.objectContaining({ pointer: '/languages', reason: 'missing language "es" for stage REMINDER (every stage needs en, zh, de, fr, es)' }),
    ]);
    expect(() => loadPolicySet(dir)).toThrow(/letters\/reminder\.json:\d+ \/languages: missing language "es" for stage REMINDER/);
  });

  it('a wording change goes live with the policies, no code change; a broken one is refused and the previous wording keeps serving', async () => {
    const edited = await startTestApp({ today: '2026-02-20', rulesDir: dir });
    try {
      const customer = await createCustomer(edited, { grade: GRADE_OF_TIER.B, language: 'de' });
      const { invoice } = await issueInvoice(edited, customer.id, '100.00', { issueDate: '2026-01-01' });
      const subject = async () => (await edited.ok(InvoiceDunningLetterDocument, { id: invoice.id, stage: 'REMINDER' as never })).invoice.dunningLetter.subject;
      expect(await subject()).toBe(`Zahlungserinnerung: Rechnung ${invoice.number}`);

      edit('letters/reminder.json', (body) => {
        body.languages.de.subject = 'Freundliche Erinnerung an Rechnung {invoiceNumber}';
      });
      expect(await edited.policy.reload()).toMatchObject({ applied: true });
      expect(await subject()).toBe(`Freundliche Erinnerung an Rechnung ${invoice.number}`);

      edit('letters/reminder.json', (body) => {
        body.languages.de.subject = 'Erinnerung {rechnung}';
      });
      expect(await edited.policy.reload()).toMatchObject({ applied: false, problems: [expect.stringMatching(/reminder\.json:\d+ \/languages\/de\/subject: unknown placeholder \{rechnung\}/)] });
      expect(await subject()).toBe(`Freundliche Erinnerung an Rechnung ${invoice.number}`);
    } finally {
      await edited.close();
    }
  });

  it('refuses a missing stage and a bad reference-rate row', async () => {
    rmSync(join(dir, 'letters/legal.json'));
    edit('reference-rates/reference-rate.json', (body) => {
      body.rates[3].percent = 215;
      body.rates[4].from = '2025-02-30';
    });
    const reasons = (await checkRulesFolder(dir)).errors.map((error) => `${error.pointer}: ${error.reason}`);
    expect(reasons).toEqual(
      expect.arrayContaining([
        '/: no letter file for stage LEGAL (every stage of the collections ladder needs its letters)',
        '/rates/3/percent: must be a number of percent per year between -10 and 100 (got 215)',
        '/rates/4/from: must be a calendar date as YYYY-MM-DD (got "2025-02-30")',
      ]),
    );
  });
});
