import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import jsQR from 'jsqr';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { afterAll, describe, expect, it } from 'vitest';
import type { Certificate } from '../../shared/platform/index.js';
import { renderCertificatePdf } from '../../electron/services/documents/certificate-pdf.js';
import { resolveFontDir } from '../../electron/services/documents/pdf-kit.js';
import { receiptLines, renderReceiptPdf } from '../../electron/services/documents/receipt.js';
import { verifyCertificate, verifyQrPayload } from '../../electron/services/platform/certificate-codec.js';
import { demoCitizen, fixtureCatalog } from '../../server/platform/fixtures.js';
import { createLocalPlatform } from '../../server/platform/local-platform.js';
import { ManualClock } from '../../electron/services/store/clock.js';
import { StaticKeyProvider } from '../../electron/services/store/key-provider.js';
import { openPlatformStore } from '../../server/platform/platform-store.js';
import {
  certificateFixture,
  FIXED_TIME,
  fixtureKey,
  packageReceiptFixture,
  receiptFixture,
} from './support/document-fixtures.js';

/**
 * The documents as printed: each PDF is rasterised with pdftoppm (poppler-utils) and compared with a
 * committed reference image within a tolerance. Set UPDATE_DOCUMENT_REFERENCES=1 to rewrite the
 * references after an intended change, and look at them before committing.
 */
const root = resolve(import.meta.dirname, '../..');
const references = join(root, 'test/fixtures/documents');
const output = join(root, 'test/output/documents');
const update = process.env.UPDATE_DOCUMENT_REFERENCES === '1';
const fontDir = resolveFontDir(join(root, 'assets/fonts'));
const work = mkdtempSync(join(tmpdir(), 'kiosk-docs-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const fontkit = createRequire(import.meta.url)('fontkit') as {
  openSync(path: string): { hasGlyphForCodePoint(cp: number): boolean };
};
const fonts = ['NotoSansSC-Regular', 'NotoSansSC-Bold'].map((f) => fontkit.openSync(join(fontDir, `${f}.otf`)));

function rasterise(pdf: Uint8Array, name: string, dpi: number): PNG[] {
  const pdfPath = join(work, `${name}.pdf`);
  writeFileSync(pdfPath, pdf);
  execFileSync('pdftoppm', ['-r', String(dpi), '-png', pdfPath, join(work, name)]);
  const pages: PNG[] = [];
  for (let i = 1; ; i += 1) {
    const candidates = [join(work, `${name}-${i}.png`), join(work, `${name}-0${i}.png`)];
    const file = candidates.find((c) => existsSync(c));
    if (!file) break;
    pages.push(PNG.sync.read(readFileSync(file)));
  }
  return pages;
}

function compare(page: PNG, refName: string): number {
  const refPath = join(references, `${refName}.png`);
  if (update || !existsSync(refPath)) {
    if (!update) throw new Error(`No reference image ${refPath}; run with UPDATE_DOCUMENT_REFERENCES=1 and check it.`);
    mkdirSync(references, { recursive: true });
    writeFileSync(refPath, PNG.sync.write(page));
    return 0;
  }
  const ref = PNG.sync.read(readFileSync(refPath));
  expect([page.width, page.height], `${refName} size`).toEqual([ref.width, ref.height]);
  const diff = new PNG({ width: ref.width, height: ref.height });
  const different = pixelmatch(page.data, ref.data, diff.data, ref.width, ref.height, { threshold: 0.1 });
  const ratio = different / (ref.width * ref.height);
  if (ratio > 0) {
    mkdirSync(output, { recursive: true });
    writeFileSync(join(output, `${refName}.actual.png`), PNG.sync.write(page));
    writeFileSync(join(output, `${refName}.diff.png`), PNG.sync.write(diff));
  }
  return ratio;
}

function pdfText(pdf: Uint8Array, name: string): string {
  const path = join(work, `${name}-text.pdf`);
  writeFileSync(path, pdf);
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
}

/** Characters the bundled fonts cannot draw would print as boxes (tofu). */
function missingGlyphs(text: string): string[] {
  return [...new Set([...text])].filter(
    (ch) => !/\s/.test(ch) && fonts.some((f) => !f.hasGlyphForCodePoint(ch.codePointAt(0) ?? 0)),
  );
}

function embeddedFonts(pdf: Uint8Array, name: string): string {
  const path = join(work, `${name}-fonts.pdf`);
  writeFileSync(path, pdf);
  return execFileSync('pdffonts', [path], { encoding: 'utf8' });
}

function decodeQr(page: PNG): string | undefined {
  return jsQR(new Uint8ClampedArray(page.data.buffer, page.data.byteOffset, page.data.length), page.width, page.height)
    ?.data;
}

const TOLERANCE = 0.005; // at most 0.5 % of the pixels may differ (anti-aliasing across poppler builds)

describe('documents as printed', () => {
  it('the receipt (80 mm) matches its reference image, embeds its fonts and carries the QR and query code', async () => {
    const pdf = await renderReceiptPdf(receiptFixture, fontDir);
    const again = await renderReceiptPdf(receiptFixture, fontDir);
    expect(Buffer.from(again).equals(Buffer.from(pdf)), 'rendering is deterministic').toBe(true);
    const pages = rasterise(pdf, 'receipt', 150);
    expect(pages).toHaveLength(1);
    const page = pages[0] as PNG;
    expect(page.width).toBe(Math.ceil((80 / 25.4) * 150)); // 80 mm wide
    expect(compare(page, 'receipt')).toBeLessThanOrEqual(TOLERANCE);
    expect(embeddedFonts(pdf, 'receipt')).toMatch(/NotoSansCJKsc-Regular\s+CID Type 0C\s+Identity-H\s+yes/);
    const text = pdfText(pdf, 'receipt');
    for (const expected of [
      '受理回执',
      '样本 SAMPLE',
      '食品小经营店备案',
      'YQJQ-20260115-00001',
      '王*国',
      '1403**********0032',
      '阳泉市郊区市场监督管理局',
      '7K3Q-M2XD-94PA',
      '2026-01-15 10:30',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text.includes(demoCitizen('wang-jianguo').idNumber), 'the full ID number is on the receipt').toBe(false);
    expect(missingGlyphs(text)).toEqual([]);
    expect(decodeQr(page)).toBe('GKR1:YQJQ-20260115-00001:7K3Q-M2XD-94PA');
    const lines = receiptLines(receiptFixture);
    expect(lines).toContainEqual({ kind: 'qr', data: 'GKR1:YQJQ-20260115-00001:7K3Q-M2XD-94PA' });
    expect(
      lines
        .filter((l) => l.kind === 'text')
        .map((l) => (l.kind === 'text' ? l.text : ''))
        .join('\n'),
    ).toContain('办件编号：YQJQ-20260115-00001');
  });

  it('the receipt of a package lists every case number with its item, on one receipt', async () => {
    const pdf = await renderReceiptPdf(packageReceiptFixture, fontDir);
    const pages = rasterise(pdf, 'receipt-package', 150);
    expect(pages).toHaveLength(1);
    const page = pages[0] as PNG;
    expect(page.width).toBe(Math.ceil((80 / 25.4) * 150));
    expect(compare(page, 'receipt-package')).toBeLessThanOrEqual(TOLERANCE);
    const text = pdfText(pdf, 'receipt-package');
    for (const expected of [
      '受理回执',
      '婚育一件事',
      '办件编号1',
      'YQJQ-20260115-00002',
      '婚姻登记预约',
      '办件编号2',
      'YQJQ-20260115-00003',
      '生育登记',
      '94PA-7K3Q-M2XD',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text.includes(demoCitizen('zhao-li').idNumber), 'the full ID number is on the receipt').toBe(false);
    expect(missingGlyphs(text)).toEqual([]);
    expect(decodeQr(page)).toBe('GKR1:YQJQ-20260115-00002:94PA-7K3Q-M2XD');
    const text80 = receiptLines(packageReceiptFixture)
      .map((l) => (l.kind === 'text' ? l.text : ''))
      .join('\n');
    expect(text80).toContain('办件编号1：YQJQ-20260115-00002（婚姻登记预约）');
    expect(text80).toContain('办件编号2：YQJQ-20260115-00003（生育登记）');
  });

  it('the certificate (A4) matches its reference, and its printed QR code verifies offline — altered, it does not', async () => {
    const certificate = certificateFixture();
    const pdf = await renderCertificatePdf(certificate, fontDir);
    const pages = rasterise(pdf, 'certificate', 100);
    expect(pages).toHaveLength(1);
    const page = pages[0] as PNG;
    expect([page.width, page.height]).toEqual([827, 1170]); // A4 at 100 dpi
    expect(compare(page, 'certificate')).toBeLessThanOrEqual(TOLERANCE);
    const text = pdfText(pdf, 'certificate');
    for (const expected of [
      '食品小经营店备案证',
      '样本',
      'SAMPLE',
      'ZS-20260115-00001',
      'YQJQ-20260115-00001',
      '阳泉市郊区建国家常菜馆',
      '2026年01月15日',
      'Q4M8-ZC2T-7HXK',
      '阳泉市郊区市场监督管理局',
    ]) {
      expect(text).toContain(expected);
    }
    expect(missingGlyphs(text)).toEqual([]);
    const info = execFileSync('pdfinfo', [join(work, 'certificate.pdf')], { encoding: 'utf8' });
    expect(info).toMatch(/CreationDate:\s+Thu Jan 15 0?2:30:00 2026 (UTC|GMT)/);

    // Scan the printed code as a phone or the kiosk's scanner would, and check it offline.
    const hiRes = rasterise(pdf, 'certificate-scan', 200)[0] as PNG;
    const scanned = decodeQr(hiRes);
    expect(scanned).toBe(certificate.qrPayload);
    const verified = verifyQrPayload(scanned ?? '', [fixtureKey.publicKey]);
    expect(verified).toMatchObject({
      ok: true,
      value: { claims: { n: 'ZS-20260115-00001', t: '食品小经营店备案证', h: '王*国', m: 1 } },
    });
    const tampered: Certificate = {
      ...certificate,
      fields: certificate.fields.map((f) => (f.label === '经营项目' ? { ...f, value: '冷食类食品制售' } : f)),
    };
    expect(verifyCertificate(tampered, [fixtureKey.publicKey])).toMatchObject({
      ok: false,
      error: { code: 'contentMismatch' },
    });
  });

  it('a certified records printout (A4) from the embedded platform matches its reference', async () => {
    const clock = new ManualClock(FIXED_TIME);
    const store = openPlatformStore({ path: ':memory:', keyProvider: new StaticKeyProvider(randomBytes(32)), clock });
    const platform = createLocalPlatform({
      store,
      catalog: fixtureCatalog,
      signingKey: fixtureKey,
      random: (n) => Buffer.from(Array.from({ length: n }, (_, i) => (i * 11 + 5) % 256)),
    });
    const issued = await platform.issueCertificate({
      source: 'records',
      itemCode: 'RS-SBCBZM',
      idNumber: demoCitizen('zhang-xiaoming').idNumber,
    });
    store.close();
    if (!issued.ok) throw new Error(issued.error.message);
    const pdf = await renderCertificatePdf(issued.value, fontDir);
    const pages = rasterise(pdf, 'printout', 100);
    expect(pages).toHaveLength(1);
    expect(compare(pages[0] as PNG, 'printout')).toBeLessThanOrEqual(TOLERANCE);
    const text = pdfText(pdf, 'printout');
    expect(text).toContain('社会保险个人参保证明');
    expect(text).toContain('1403**********0014');
    expect(text.includes(demoCitizen('zhang-xiaoming').idNumber), 'the full ID number is on the printout').toBe(false);
    expect(missingGlyphs(text)).toEqual([]);
  });

  it('a long printout continues on further pages with its header, frame and watermark', async () => {
    const base = certificateFixture();
    const rows = Array.from({ length: 90 }, (_, i) => [
      `2019-${String((i % 12) + 1).padStart(2, '0')}`,
      '阳泉市晋阳机械制造有限公司',
      '5680.00',
      '454.40',
    ]);
    const long = {
      ...base,
      source: 'records' as const,
      title: '社会保险个人权益记录',
      table: { columns: ['缴费年月', '缴费单位', '缴费基数', '个人缴纳'], rows },
    };
    const pdf = await renderCertificatePdf(long, fontDir);
    const pages = rasterise(pdf, 'long', 40);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(pdfText(pdf, 'long').match(/缴费年月/g)?.length).toBe(pages.length);
  });
});
