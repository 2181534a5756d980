import { execFileSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RecordChoices } from '../../shared/platform/index.js';
import type { DocumentService } from '../../electron/services/documents/documents-service.js';
import { type DocumentsTestBench, openDocumentsTestBench } from '../../test/fixtures/documents-test-bench.js';
import { signingKeyFromSeed } from '../../electron/services/platform/certificate-codec.js';
import { bundledCatalogLookup } from '../../electron/services/platform/catalog-adapter.js';
import { demoCitizen } from './fixtures.js';
import { createHttpPlatformClient } from '../../electron/services/platform/http-client.js';
import type { LocalPlatform } from './local-platform.js';
import { startPlatformServer } from './platform-server.js';

/**
 * Print and query items honour what the citizen chose: the platform covers the chosen period and kind, the
 * certificate states them, and choices that do not fit the item are refused with nothing issued or printed.
 */
const T0 = Date.parse('2026-01-15T02:30:00Z'); // 2026-01-15 10:30 in Yangquan
const key = signingKeyFromSeed(Buffer.alloc(32, 11), '演示平台', true);
const zhang = demoCitizen('zhang-xiaoming').idNumber;
const catalog = bundledCatalogLookup();

const last12: RecordChoices = { answers: { certificateKind: 'allInsurances', period: 'last12' }, values: {} };
const custom: RecordChoices = {
  answers: { certificateKind: 'pensionOnly', period: 'custom' },
  values: { fromMonth: '2025-03', toMonth: '2025-08' },
};
const field = (fields: ReadonlyArray<{ label: string; value: string }>, label: string) =>
  fields.find((f) => f.label === label)?.value;

describe('record printouts for the chosen period and kind', () => {
  let bench: DocumentsTestBench;
  let platform: LocalPlatform;
  let documents: DocumentService;

  beforeEach(() => {
    bench = openDocumentsTestBench({ startsAt: T0, catalog, platform: { signingKey: key } });
    ({ platform, documents } = bench);
  });
  afterEach(() => bench.close());

  it('issues 参保证明 for the last 12 months or a custom period, each stating its period and kind', async () => {
    const a = await platform.issueCertificate({
      source: 'records',
      itemCode: 'RS-001',
      idNumber: zhang,
      choices: last12,
    });
    const b = await platform.issueCertificate({
      source: 'records',
      itemCode: 'RS-001',
      idNumber: zhang,
      choices: custom,
    });
    if (!a.ok || !b.ok) throw new Error('issue failed');
    expect(a.value.title).toBe('社会保险个人参保证明');
    expect(field(a.value.fields, '缴费期间')).toBe('2025年01月—2025年12月（缴费12个月）');
    expect(a.value.table?.rows.map((r) => r[0])).toEqual([
      '2025-01',
      '2025-02',
      '2025-03',
      '2025-04',
      '2025-05',
      '2025-06',
      '2025-07',
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
    ]);
    expect(b.value.title).toBe('基本养老保险个人参保证明');
    expect(field(b.value.fields, '参保险种')).toBe('企业职工基本养老保险');
    expect(field(b.value.fields, '缴费期间')).toBe('2025年03月—2025年08月（缴费6个月）');
    expect(b.value.table?.rows.map((r) => r[0])).toEqual([
      '2025-03',
      '2025-04',
      '2025-05',
      '2025-06',
      '2025-07',
      '2025-08',
    ]);
    // Pension only: the unit pays 16% and the person 8% of the 5,680 base.
    expect(b.value.table?.rows[0]?.slice(3, 5)).toEqual(['908.80', '454.40']);
    expect(b.value.certificateNumber).not.toBe(a.value.certificateNumber);
    // The same choices the same day are the same certificate.
    const again = await platform.issueCertificate({
      source: 'records',
      itemCode: 'RS-001',
      idNumber: zhang,
      choices: {
        answers: { period: 'custom', certificateKind: 'pensionOnly' },
        values: { toMonth: '2025-08', fromMonth: '2025-03' },
      },
    });
    expect(again.ok && again.value.certificateNumber).toBe(b.value.certificateNumber);
    const last60 = await platform.issueCertificate({
      source: 'records',
      itemCode: 'RS-001',
      idNumber: zhang,
      choices: { answers: { certificateKind: 'allInsurances', period: 'last60' }, values: {} },
    });
    expect(last60.ok && last60.value.table?.rows.length).toBe(60);
  });

  it('looks up query records for the chosen year, and housing fund status without details', async () => {
    const year = await platform.records({
      idNumber: zhang,
      record: 'housingFund.accountDetail',
      itemCode: 'GJJ-002',
      choices: { answers: { period: 'otherYear' }, values: { year: '2024' } },
    });
    expect(year.ok && year.value.table?.rows.map((r) => r[0])).toEqual([
      '2024-01',
      '2024-02',
      '2024-03',
      '2024-04',
      '2024-05',
      '2024-06',
      '2024-07',
      '2024-08',
      '2024-09',
      '2024-10',
      '2024-11',
      '2024-12',
    ]);
    expect(year.ok && field(year.value.summary, '缴存期间')).toBe('2024年01月—2024年12月');
    const status = await platform.issueCertificate({
      source: 'records',
      itemCode: 'GJJ-001',
      idNumber: zhang,
      choices: { answers: { content: 'status' }, values: {} },
    });
    expect(status.ok && status.value.table).toBeUndefined();
    const tax = await platform.issueCertificate({
      source: 'records',
      itemCode: 'SW-001',
      idNumber: zhang,
      choices: { answers: { period: 'lastYear' }, values: {} },
    });
    expect(tax.ok && field(tax.value.fields, '记录期间')).toBe('2025年01月—2025年12月（12条）');
  });

  it('refuses choices that do not fit the item, or a period that ends before it starts or in the future, issuing nothing', async () => {
    const before = platform.stats().certificates;
    const bad: Array<[RecordChoices, RegExp]> = [
      [
        {
          answers: { certificateKind: 'allInsurances', period: 'custom' },
          values: { fromMonth: '2025-08', toMonth: '2025-03' },
        },
        /before it starts/,
      ],
      [
        {
          answers: { certificateKind: 'allInsurances', period: 'custom' },
          values: { fromMonth: '2025-08', toMonth: '2026-03' },
        },
        /toMonth/,
      ],
      [
        {
          answers: { certificateKind: 'allInsurances', period: 'custom' },
          values: { fromMonth: '2025-8', toMonth: '2025-09' },
        },
        /fromMonth/,
      ],
      [{ answers: { certificateKind: 'allInsurances', period: 'forever' }, values: {} }, /period/],
      [{ answers: { certificateKind: 'allInsurances', period: 'last12', colour: 'red' }, values: {} }, /colour/],
      [{ answers: { certificateKind: 'allInsurances', period: 'last12' }, values: { shoeSize: '42' } }, /shoeSize/],
    ];
    for (const [choices, message] of bad) {
      const issued = await platform.issueCertificate({
        source: 'records',
        itemCode: 'RS-001',
        idNumber: zhang,
        choices,
      });
      expect(issued.ok ? 'issued' : `${issued.error.code}: ${issued.error.message}`).toMatch(
        new RegExp(`^invalidRequest: .*${message.source}`),
      );
    }
    // Choices made for another item's record are refused too.
    const other = await platform.records({
      idNumber: zhang,
      record: 'tax.individualIncomeTaxRecord',
      itemCode: 'RS-001',
      choices: last12,
    });
    expect(other).toMatchObject({ ok: false, error: { code: 'invalidRequest' } });
    expect(platform.stats().certificates).toBe(before);
  });

  it('the kiosk refuses bad choices itself with invalidChoices and prints nothing', async () => {
    const printed = await documents.recordsPrintout('RS-001', zhang, {
      answers: { certificateKind: 'allInsurances', period: 'custom' },
      values: { fromMonth: '2025-08', toMonth: '2025-03' },
    });
    expect(printed).toMatchObject({ ok: false, error: { code: 'invalidChoices' } });
    const unknown = await documents.recordsPrintout('RS-001', zhang, {
      answers: { certificateKind: 'everything', period: 'last12' },
      values: {},
    });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'invalidChoices' } });
    expect(platform.stats().certificates).toBe(0);
    expect(readdirSync(bench.dir)).not.toContain('documents');
  });

  it('prints the period and the kind on the PDF', async () => {
    const text = async (choices: RecordChoices) => {
      const doc = await documents.recordsPrintout('RS-001', zhang, choices);
      if (!doc.ok) throw new Error(doc.error.code);
      const path = join(bench.dir, `${doc.value.documentId}.pdf`);
      writeFileSync(path, doc.value.pdf);
      return execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    };
    const a = await text(last12);
    const b = await text(custom);
    expect(a).toContain('缴费期间2025年01月—2025年12月');
    expect(a).toContain('社会保险个人参保证明');
    expect(b).toContain('缴费期间2025年03月—2025年08月');
    expect(b).toContain('基本养老保险个人参保证明');
    expect(b).not.toContain('2025-09');
  });

  it('carries the choices over the platform API (reference server and HTTP client)', async () => {
    const server = await startPlatformServer({ gateway: platform, token: 'test-token-0123456789', port: 0 });
    try {
      const client = createHttpPlatformClient({ baseUrl: server.url, token: 'test-token-0123456789', timeoutMs: 5000 });
      const issued = await client.issueCertificate({
        source: 'records',
        itemCode: 'RS-001',
        idNumber: zhang,
        choices: custom,
      });
      expect(issued.ok && field(issued.value.fields, '缴费期间')).toMatch(/^2025年03月—2025年08月/);
      const refused = await client.issueCertificate({
        source: 'records',
        itemCode: 'RS-001',
        idNumber: zhang,
        choices: {
          answers: { certificateKind: 'allInsurances', period: 'custom' },
          values: { fromMonth: '2025-08', toMonth: '2025-03' },
        },
      });
      expect(refused).toMatchObject({ ok: false, error: { code: 'invalidRequest' } });
      const record = await client.records({
        idNumber: zhang,
        record: 'tax.individualIncomeTaxRecord',
        itemCode: 'SW-001',
        choices: { answers: { period: 'custom' }, values: { fromMonth: '2025-10-01', toMonth: '2025-12-31' } },
      });
      expect(record.ok && record.value.table?.rows.map((r) => r[0])).toEqual(['2025-10', '2025-11', '2025-12']);
    } finally {
      await server.close();
    }
  });
});
