import { timingSafeEqual } from 'node:crypto';
import type { VerifyOutcome as VerifyOutcomeReply } from '../../../shared/contract/documents.js';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { PrintJob, ReceiptLine } from '../../../shared/devices/print-job.js';
import {
  type CatalogLookup,
  type Certificate,
  chinaCompactDate,
  chinaDateTime,
  chinaLongDate,
  chinaParts,
  type PlatformGateway,
  type PublicKey,
  publicKeySchema,
  type RecordChoices,
  type Submission,
} from '../../../shared/platform/index.js';
import { err, ok, type Result } from '../../../shared/result.js';
import { maskIdNumber, maskName } from '../../../shared/validation/id-number.js';
import type { AuditLog } from '../audit/audit-log.js';
import type { Logger } from '../log/logger.js';
import type { Outbox, OutboxEntry } from '../outbox/outbox.js';
import { verifyCertificate, verifyQrPayload } from '../platform/certificate-codec.js';
import { checkRecordRequest } from '../platform/record-choices-check.js';
import type { Clock } from '../store/clock.js';
import type { KioskStore } from '../store/store.js';
import { renderCertificatePdf } from './certificate-pdf.js';
import { resolveFontDir } from './pdf-kit.js';
import { parseReceiptQr, type ReceiptData, receiptLines, receiptQrPayload, renderReceiptPdf } from './receipt.js';
import {
  capitalYuan,
  parseSlipQr,
  renderSlipPdf,
  type SlipData,
  slipLines,
  slipQrPayload,
  slipVerificationCode,
  type SlipKind,
} from './slip.js';

/** What a complaint's receipt says (kept by the kiosk for the session that sent it; no personal data). */
export interface ComplaintSlipData {
  readonly complaintNumber: string;
  readonly kind: 'complaint' | 'suggestion';
  /** The department's name, or 本自助终端. */
  readonly about: string;
  readonly receivedAt: string;
  readonly respondBy: string;
  readonly phoneLeft: boolean;
}

export type DocumentKind = 'receipt' | 'certificate' | 'printout' | 'paymentReceipt' | 'ticket';

/** What the renderer learns about a rendered document (no PDF bytes, nothing beyond what is printed masked). */
export interface RenderedDocument {
  readonly documentId: string;
  readonly kind: DocumentKind;
  readonly title: string;
  readonly media: PrintJob['media'];
  readonly pdf: Uint8Array;
  readonly bytes: number;
  readonly verificationCode: string;
  readonly qrPayload: string;
  readonly receiptLines?: readonly ReceiptLine[];
  readonly certificateNumber?: string;
  readonly sample: boolean;
}

/** What a scanned code is and whether it holds up: the contract's type (one definition, shared/contract/documents.ts). */
export type VerifyOutcome = VerifyOutcomeReply;

export interface DocumentServiceOptions {
  readonly store: KioskStore;
  /** Folder of the archive (encrypted PDFs), normally <dataDir>/documents. */
  readonly archiveDir: string;
  readonly fontDir?: string;
  readonly audit: AuditLog;
  readonly log: Logger;
  readonly clock?: Clock;
  readonly siteName: string;
  readonly kioskId: string;
  readonly catalog: () => CatalogLookup;
  readonly outbox: Outbox;
  readonly gateway: () => PlatformGateway;
  /** Keys trusted for offline verification besides the ones fetched from the platform (the embedded platform's). */
  readonly pinnedKeys?: () => readonly PublicKey[];
  /** Trust the pinned keys only: keys the platform sends are neither fetched nor used. */
  readonly pinnedOnly?: boolean;
  /** Receipts of a demo platform say 样本 / SAMPLE. */
  readonly sample: boolean;
  readonly retentionMs: number;
}

const KEYS_SETTING = 'platform.keys';
type Failure =
  | 'notFound'
  | 'notAllowed'
  | 'unavailable'
  | 'badSignature'
  | 'invalidRequest'
  | 'unknownItem'
  | 'invalidChoices'
  | 'internalError';

/**
 * Receipts, certificates and certified printouts: rendered to PDF with the bundled fonts, each with a QR
 * code and a verification code; archived encrypted under the data folder; handed to printers as PrintJobs;
 * verified offline from the QR code with the platform's Ed25519 keys.
 */
export class DocumentService {
  private readonly fontDir: string;
  private readonly clock: Clock;

  constructor(private readonly options: DocumentServiceOptions) {
    this.fontDir = resolveFontDir(options.fontDir);
    this.clock = options.clock ?? options.store.clock;
  }

  // ——— receipts

  /** The data printed on the receipt of an application, from the outbox; undefined once its data is purged. */
  receiptData(entry: OutboxEntry, submission: Submission): ReceiptData {
    const catalog = this.options.catalog();
    const info = entry.target.kind === 'item' ? catalog.item(entry.target.code) : catalog.package(entry.target.code);
    const item = entry.target.kind === 'item' ? catalog.item(entry.target.code) : undefined;
    const ack = entry.ack;
    const statusText =
      entry.state === 'pending'
        ? '已保存，网络恢复后自动提交'
        : entry.state === 'rejected'
          ? '提交未成功，请到窗口咨询'
          : ack?.status === 'approved'
            ? ack.certificateAvailable
              ? '已办结，证照当场打印'
              : '已办结'
            : ack?.status === 'returned'
              ? '退回补正，请按通知补交材料'
              : '已受理，等待部门审核';
    const count = (kind: Submission['materials'][number]['satisfiedBy']) =>
      submission.materials.filter((m) => m.satisfiedBy === kind).length;
    const number = entry.caseNumber ?? entry.localNumber;
    return {
      documentId: `R-${entry.localNumber}`,
      siteName: this.options.siteName,
      kioskId: this.options.kioskId,
      itemName: info?.name['zh-CN'] ?? entry.target.code,
      department: info?.department['zh-CN'] ?? '—',
      ...(entry.caseNumber ? { caseNumber: entry.caseNumber } : {}),
      ...(ack?.memberCases
        ? {
            memberCases: ack.memberCases.map((m) => ({
              caseNumber: m.caseNumber,
              itemName: catalog.item(m.itemCode)?.name['zh-CN'] ?? m.itemCode,
            })),
          }
        : {}),
      localNumber: entry.localNumber,
      applicantMasked: maskName(submission.applicant.name),
      idNumberMasked: maskIdNumber(submission.applicant.idNumber),
      submittedAt: Date.parse(submission.submittedAt),
      printedAt: this.clock.now(),
      instant: ack?.instant ?? item?.instant === true,
      ...(ack?.promisedBy ? { promisedBy: Date.parse(ack.promisedBy) } : {}),
      statusText,
      materials: {
        eLicense: count('eLicense'),
        commitment: count('commitment'),
        scan: count('scan'),
        later: submission.materials
          .filter((m) => m.satisfiedBy === 'later')
          .map((m) => item?.materialNames?.[m.materialId] ?? m.materialId),
      },
      queryCode: submission.queryCode,
      qrPayload: receiptQrPayload(number, submission.queryCode),
      ...(item?.consultationPhone ? { consultationPhone: item.consultationPhone } : {}),
      sample: this.options.sample,
    };
  }

  async receipt(localNumber: string): Promise<Result<RenderedDocument, Failure>> {
    const entry = this.options.outbox.get(localNumber);
    if (!entry) return err('notFound', `There is no application ${localNumber} at this kiosk.`);
    const submission = this.options.outbox.readSubmission(localNumber);
    if (!submission)
      return err('notAllowed', 'The application data has been cleared; the receipt can no longer be printed here.');
    const data = this.receiptData(entry, submission);
    const pdf = await renderReceiptPdf(data, this.fontDir);
    const lines = receiptLines(data);
    this.archive({
      documentId: data.documentId,
      kind: 'receipt',
      title: '受理回执',
      media: 'receipt80',
      pdf,
      receiptLines: lines,
    });
    return ok({
      documentId: data.documentId,
      kind: 'receipt',
      title: '受理回执',
      media: 'receipt80',
      pdf,
      bytes: pdf.byteLength,
      verificationCode: data.queryCode,
      qrPayload: data.qrPayload,
      receiptLines: lines,
      sample: data.sample,
    });
  }

  // ——— payment receipts and appointment slips (80 mm)

  /** The verification code printed on a slip: keyed with this kiosk's store key, so it cannot be made up. */
  slipCode(kind: SlipKind, number: string): string {
    return slipVerificationCode(this.options.store.cipher.index(`slip:${kind}:${number}`));
  }

  private async renderSlip(
    kind: 'paymentReceipt' | 'ticket',
    data: SlipData,
    certificateNumber?: string,
  ): Promise<RenderedDocument> {
    const pdf = await renderSlipPdf(data, this.fontDir);
    const lines = slipLines(data);
    this.archive({
      documentId: data.documentId,
      kind,
      title: data.title,
      media: 'receipt80',
      pdf,
      receiptLines: lines,
    });
    return {
      documentId: data.documentId,
      kind,
      title: data.title,
      media: 'receipt80',
      pdf,
      bytes: pdf.byteLength,
      verificationCode: data.verificationCode,
      qrPayload: data.qrPayload,
      receiptLines: lines,
      ...(certificateNumber ? { certificateNumber } : {}),
      sample: data.sample,
    };
  }

  /** The receipt (缴费凭证) of a payment order the platform says is paid. */
  async paymentReceipt(orderNumber: string): Promise<Result<RenderedDocument, Failure>> {
    const status = await this.options.gateway().paymentStatus({ orderNumber });
    if (!status.ok) return err(status.error.code === 'notFound' ? 'notFound' : 'unavailable', status.error.message);
    const order = status.value;
    if (order.status !== 'paid' || !order.paidAt)
      return err('notAllowed', `The order is ${order.status}; a receipt is printed only for a paid order.`);
    const item = this.options.catalog().item(order.itemCode);
    const code = this.slipCode('payment', order.orderNumber);
    const data: SlipData = {
      documentId: `P-${order.orderNumber}`,
      title: '缴费凭证',
      siteName: this.options.siteName,
      kioskId: this.options.kioskId,
      highlight: {
        label: '实缴金额',
        value: `¥${(order.amountFen / 100).toFixed(2)}`,
        note: `人民币${capitalYuan(order.amountFen)}`,
      },
      rows: [
        { label: '缴费事项', value: item?.name['zh-CN'] ?? order.itemCode },
        { label: '缴费内容', value: order.description },
        { label: '收款单位', value: item?.department['zh-CN'] ?? '—' },
        ...(order.reference ? [{ label: '账单编号', value: order.reference }] : []),
        { label: '支付订单号', value: order.orderNumber },
        { label: '支付状态', value: '支付成功' },
        { label: '支付时间', value: chinaDateTime(Date.parse(order.paidAt)) },
      ],
      verificationCode: code,
      qrPayload: slipQrPayload('payment', order.orderNumber, code),
      qrCaption: '缴费记录二维码（供工作人员核验）',
      notes: [
        '请妥善保管本凭证。如有疑问，请凭支付订单号和验证码咨询收款单位。',
        ...(item?.consultationPhone ? [`咨询电话：${item.consultationPhone}　　监督投诉：12345`] : []),
      ],
      printedAt: this.clock.now(),
      sample: order.sample || this.options.sample,
    };
    return ok(await this.renderSlip('paymentReceipt', data));
  }

  /**
   * The receipt of a complaint or suggestion (投诉建议回执) the platform has just acknowledged: its number, whom
   * it is about and by when it is answered. Nothing of the citizen's words or phone is on it.
   */
  async complaintSlip(complaint: ComplaintSlipData): Promise<Result<RenderedDocument, Failure>> {
    const number = complaint.complaintNumber;
    const code = this.slipCode('complaint', number);
    const kindName = complaint.kind === 'complaint' ? '投诉' : '建议';
    const data: SlipData = {
      documentId: `C-${number}`,
      title: `${kindName}回执`,
      siteName: this.options.siteName,
      kioskId: this.options.kioskId,
      highlight: { label: `${kindName}编号`, value: number },
      rows: [
        { label: '类别', value: kindName },
        { label: '涉及', value: complaint.about },
        { label: '提交时间', value: chinaDateTime(Date.parse(complaint.receivedAt)) },
        { label: '答复期限', value: `${chinaLongDate(Date.parse(complaint.respondBy))}前` },
      ],
      verificationCode: code,
      qrPayload: slipQrPayload('complaint', number, code),
      qrCaption: '编号二维码（供工作人员查询）',
      notes: [
        '请妥善保管本回执。',
        complaint.phoneLeft
          ? '处理结果将通过您留下的手机号码答复；也可凭编号拨打 12345 查询。'
          : '您没有留下电话，可凭编号拨打 12345 查询处理结果。',
      ],
      printedAt: this.clock.now(),
      sample: this.options.sample,
    };
    return ok(await this.renderSlip('ticket', data));
  }

  /** The appointment slip (预约凭条) of a booking. */
  async bookingTicket(bookingNumber: string): Promise<Result<RenderedDocument, Failure>> {
    const found = await this.options.gateway().bookingStatus({ bookingNumber });
    if (!found.ok) return err(found.error.code === 'notFound' ? 'notFound' : 'unavailable', found.error.message);
    const booking = found.value;
    if (booking.status !== 'booked') return err('notAllowed', 'This booking was cancelled.');
    const item = this.options.catalog().item(booking.slot.itemCode);
    const day = Date.parse(`${booking.slot.date}T00:00:00+08:00`);
    const weekday = '日一二三四五六'[chinaParts(day).weekday] ?? '';
    const code = this.slipCode('booking', booking.bookingNumber);
    const data: SlipData = {
      documentId: `B-${booking.bookingNumber}`,
      title: '预约凭条',
      siteName: this.options.siteName,
      kioskId: this.options.kioskId,
      highlight: {
        label: '预约时间',
        value: `${chinaLongDate(day)}（星期${weekday}）${booking.slot.start}–${booking.slot.end}`,
      },
      rows: [
        { label: '预约事项', value: item?.name['zh-CN'] ?? booking.slot.itemCode },
        { label: '预约号', value: booking.bookingNumber },
        { label: '办理地点', value: booking.slot.location },
        { label: '预约人', value: booking.applicantMasked },
        { label: '手机号码', value: booking.phoneMasked },
        { label: '提交时间', value: chinaDateTime(Date.parse(booking.bookedAt)) },
      ],
      verificationCode: code,
      qrPayload: slipQrPayload('booking', booking.bookingNumber, code),
      qrCaption: '到场后请出示本凭条签到',
      notes: [
        '请在预约时段前 15 分钟到达，携带本人有效身份证件原件和所需材料。',
        '如不能按时到达，请提前取消预约，以便他人预约。',
        ...(item?.consultationPhone ? [`咨询电话：${item.consultationPhone}　　监督投诉：12345`] : []),
      ],
      printedAt: this.clock.now(),
      sample: this.options.sample,
    };
    return ok(await this.renderSlip('ticket', data));
  }

  // ——— certificates and printouts

  /** Gets the certificate of an approved case issued by the platform, checks its signature, renders it. */
  async caseCertificate(caseNumber: string): Promise<Result<RenderedDocument, Failure>> {
    const issued = await this.options.gateway().issueCertificate({ source: 'case', caseNumber });
    if (!issued.ok)
      return err(
        issued.error.code === 'notFound' || issued.error.code === 'notAllowed' || issued.error.code === 'invalidRequest'
          ? issued.error.code
          : 'unavailable',
        issued.error.message,
      );
    return this.renderIssued(issued.value, 'certificate');
  }

  /**
   * A certified printout of the record a print item reads (参保证明, 纳税记录 …), for what the citizen chose
   * (kind, period). Choices that do not fit the item are refused here, before the platform is asked.
   */
  async recordsPrintout(
    itemCode: string,
    idNumber: string,
    choices?: RecordChoices,
  ): Promise<Result<RenderedDocument, Failure>> {
    if (choices) {
      const checked = checkRecordRequest(this.options.catalog(), itemCode, undefined, choices, this.clock.now());
      if (!checked.ok) return checked;
    }
    const issued = await this.options
      .gateway()
      .issueCertificate({ source: 'records', itemCode, idNumber, ...(choices ? { choices } : {}) });
    if (!issued.ok) {
      const code = issued.error.code;
      // The platform's own check of the choices (a period it cannot cover) is the citizen's to change.
      if (code === 'invalidRequest' && choices) return err('invalidChoices', issued.error.message);
      return err(
        code === 'notFound' || code === 'notAllowed' || code === 'invalidRequest' || code === 'unknownItem'
          ? code
          : 'unavailable',
        issued.error.message,
      );
    }
    return this.renderIssued(issued.value, 'printout');
  }

  private async renderIssued(
    certificate: Certificate,
    kind: 'certificate' | 'printout',
  ): Promise<Result<RenderedDocument, Failure>> {
    let check = verifyCertificate(certificate, await this.trustedKeys());
    if (!check.ok && check.error.code === 'unknownKey') {
      await this.refreshKeys();
      check = verifyCertificate(certificate, await this.trustedKeys());
    }
    if (!check.ok) {
      this.options.log.error(
        `documents: the platform's certificate ${certificate.certificateNumber} failed verification (${check.error.code})`,
      );
      return err(
        'badSignature',
        'The certificate from the platform did not pass signature verification; it was not printed.',
      );
    }
    const documentId = `C-${certificate.certificateNumber}`;
    const pdf = await renderCertificatePdf(certificate, this.fontDir);
    this.archive({ documentId, kind, title: certificate.title, media: 'A4', pdf });
    return ok({
      documentId,
      kind,
      title: certificate.title,
      media: 'A4',
      pdf,
      bytes: pdf.byteLength,
      verificationCode: certificate.verificationCode,
      qrPayload: certificate.qrPayload,
      certificateNumber: certificate.certificateNumber,
      sample: certificate.sample,
    });
  }

  // ——— archive and printing

  private pathOf(documentId: string, createdAt: number, ext: string): string {
    return join(this.options.archiveDir, chinaCompactDate(createdAt).slice(0, 6), `${documentId}.${ext}`);
  }

  private writeEncrypted(path: string, documentId: string, data: Uint8Array): void {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    const sealed = this.options.store.cipher.seal(Buffer.from(data).toString('base64'), `document:${documentId}`);
    writeFileSync(`${path}.tmp`, sealed, { mode: 0o600 });
    renameSync(`${path}.tmp`, path);
  }

  private archive(job: PrintJob & { kind: DocumentKind }): void {
    if (!/^[A-Za-z0-9-]{3,80}$/.test(job.documentId)) throw new Error('unsafe document id');
    const now = this.clock.now();
    const pdfPath = this.pathOf(job.documentId, now, 'pdf.enc');
    this.writeEncrypted(pdfPath, job.documentId, job.pdf);
    if (job.receiptLines)
      this.writeEncrypted(
        this.pathOf(job.documentId, now, 'lines.enc'),
        job.documentId,
        Buffer.from(JSON.stringify(job.receiptLines), 'utf8'),
      );
    const old = this.options.store.db
      .prepare('SELECT path FROM documents WHERE document_id = ?')
      .get(job.documentId) as { path: string | null } | undefined;
    if (old?.path && old.path !== pdfPath) this.removeFiles(old.path);
    this.options.store.db
      .prepare(
        `INSERT INTO documents (document_id, kind, title, media, path, created_at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT(document_id) DO UPDATE SET path = excluded.path, created_at = excluded.created_at, purged_at = NULL`,
      )
      .run(job.documentId, job.kind, job.title, job.media, pdfPath, now);
    this.options.audit.record({
      actor: 'kiosk',
      action: 'document.rendered',
      subject: job.documentId,
      detail: { kind: job.kind, media: job.media },
    });
  }

  private removeFiles(pdfPath: string): void {
    rmSync(pdfPath, { force: true });
    rmSync(pdfPath.replace(/\.pdf\.enc$/, '.lines.enc'), { force: true });
  }

  /** The print job of an archived document, for the printing service. */
  printJob(documentId: string): PrintJob | undefined {
    const row = this.options.store.db
      .prepare('SELECT * FROM documents WHERE document_id = ? AND purged_at IS NULL')
      .get(documentId) as
      { document_id: string; title: string; media: PrintJob['media']; path: string | null } | undefined;
    if (!row?.path) return undefined;
    const open = (path: string) => {
      try {
        const text = this.options.store.cipher.open(readFileSync(path), `document:${documentId}`);
        return text === undefined ? undefined : Buffer.from(text, 'base64');
      } catch {
        return undefined;
      }
    };
    const pdf = open(row.path);
    if (!pdf) return undefined;
    const lines = row.media === 'receipt80' ? open(row.path.replace(/\.pdf\.enc$/, '.lines.enc')) : undefined;
    return {
      documentId,
      title: row.title,
      media: row.media,
      pdf: new Uint8Array(pdf),
      ...(lines ? { receiptLines: JSON.parse(lines.toString('utf8')) as ReceiptLine[] } : {}),
    };
  }

  /** Called when the printer (not the spooler's "sent") confirms the document came out. */
  markPrinted(documentId: string): Result<{ purgedApplicationData: boolean }, 'notFound'> {
    const row = this.options.store.db.prepare('SELECT kind FROM documents WHERE document_id = ?').get(documentId) as
      { kind: DocumentKind } | undefined;
    if (!row) return err('notFound', `There is no document ${documentId}.`);
    this.options.store.db
      .prepare('UPDATE documents SET printed_at = ? WHERE document_id = ?')
      .run(this.clock.now(), documentId);
    this.options.audit.record({
      actor: 'kiosk',
      action: 'document.printed',
      subject: documentId,
      detail: { kind: row.kind },
    });
    let purged = false;
    if (row.kind === 'receipt') {
      const localNumber = documentId.slice(2);
      this.options.outbox.markReceiptPrinted(localNumber);
      purged = this.options.outbox.get(localNumber)?.personalDataHeld === false;
    }
    return ok({ purgedApplicationData: purged });
  }

  /** Deletes archived documents older than the retention period. */
  purge(): number {
    const cutoff = this.clock.now() - this.options.retentionMs;
    const rows = this.options.store.db
      .prepare('SELECT document_id, path FROM documents WHERE purged_at IS NULL AND created_at < ?')
      .all(cutoff) as Array<{
      document_id: string;
      path: string | null;
    }>;
    for (const row of rows) {
      if (row.path) this.removeFiles(row.path);
      this.options.store.db
        .prepare('UPDATE documents SET purged_at = ?, path = NULL WHERE document_id = ?')
        .run(this.clock.now(), row.document_id);
    }
    return rows.length;
  }

  // ——— verification

  async trustedKeys(): Promise<PublicKey[]> {
    if (this.options.pinnedOnly) return [...(this.options.pinnedKeys?.() ?? [])];
    const cached = this.options.store.getSetting<unknown[]>(KEYS_SETTING) ?? [];
    const keys = cached
      .map((k) => publicKeySchema.safeParse(k))
      .filter((r) => r.success)
      .map((r) => r.data);
    return [...(this.options.pinnedKeys?.() ?? []), ...keys];
  }

  /** Fetches the platform's keys and keeps them for offline checks. */
  async refreshKeys(): Promise<boolean> {
    if (this.options.pinnedOnly) return false;
    const result = await this.options.gateway().publicKeys({});
    if (!result.ok) return false;
    this.options.store.setSetting(KEYS_SETTING, result.value.keys);
    return true;
  }

  /** Checks a scanned code: a certificate (signature offline, status online when reachable) or a receipt (progress). */
  async verify(text: string): Promise<VerifyOutcome> {
    const receipt = parseReceiptQr(text);
    if (receipt) return this.verifyReceipt(receipt.number, receipt.queryCode);
    const slip = parseSlipQr(text);
    if (slip)
      return slip.kind === 'payment'
        ? this.verifyPaymentSlip(slip.number, slip.code)
        : this.verifyBookingSlip(slip.number, slip.code);
    if (!text.includes('GKC1.')) return { kind: 'unknown', valid: false, reason: 'malformed' };
    let checked = verifyQrPayload(text, await this.trustedKeys());
    if (!checked.ok && checked.error.code === 'unknownKey' && (await this.refreshKeys()))
      checked = verifyQrPayload(text, await this.trustedKeys());
    if (!checked.ok) {
      this.options.audit.record({
        actor: 'citizen',
        action: 'document.verifyFailed',
        detail: { reason: checked.error.code },
      });
      return { kind: 'certificate', valid: false, reason: checked.error.code, online: 'notChecked' };
    }
    const c = checked.value.claims;
    const online = await this.options.gateway().checkCertificate({ certificateNumber: c.n, verificationCode: c.c });
    const onlineStatus = online.ok ? online.value.status : 'unreachable';
    const valid = onlineStatus !== 'revoked';
    this.options.audit.record({
      actor: 'citizen',
      action: 'document.verified',
      subject: c.n,
      detail: { valid, online: onlineStatus },
    });
    return {
      kind: 'certificate',
      valid,
      ...(valid ? {} : { reason: 'revoked' }),
      online: onlineStatus,
      certificateNumber: c.n,
      title: c.t,
      holderMasked: c.h,
      ...(c.s ? { subject: c.s } : {}),
      issuedOn: c.i,
      ...(c.u ? { validUntil: c.u } : {}),
      department: c.d,
      sample: c.m === 1 || checked.value.key.sample,
    };
  }

  /** Whether a slip's code is the one this kiosk prints for that number (compared in constant time). */
  private printedHere(kind: 'payment' | 'booking', number: string, code: string): boolean {
    const expected = Buffer.from(this.slipCode(kind, number));
    const given = Buffer.from(code);
    return expected.length === given.length && timingSafeEqual(expected, given);
  }

  private async verifyPaymentSlip(orderNumber: string, code: string): Promise<VerifyOutcome> {
    const printedHere = this.printedHere('payment', orderNumber, code);
    const status = await this.options.gateway().paymentStatus({ orderNumber });
    this.options.audit.record({
      actor: 'citizen',
      action: 'document.verified',
      subject: orderNumber,
      detail: { kind: 'payment', printedHere, online: status.ok },
    });
    if (!status.ok) {
      if (status.error.code === 'notFound')
        return { kind: 'payment', valid: false, reason: 'notFound', printedHere, online: 'valid', orderNumber };
      // Offline: the kiosk can still say whether it printed this slip itself.
      return {
        kind: 'payment',
        valid: printedHere,
        ...(printedHere ? {} : { reason: 'unreachable' }),
        printedHere,
        online: 'unreachable',
        orderNumber,
      };
    }
    const order = status.value;
    const paid = order.status === 'paid';
    return {
      kind: 'payment',
      valid: paid,
      ...(paid ? {} : { reason: order.status }),
      printedHere,
      online: 'valid',
      orderNumber,
      itemCode: order.itemCode,
      amountFen: order.amountFen,
      ...(order.paidAt ? { paidAt: order.paidAt } : {}),
    };
  }

  private async verifyBookingSlip(bookingNumber: string, code: string): Promise<VerifyOutcome> {
    const printedHere = this.printedHere('booking', bookingNumber, code);
    const found = await this.options.gateway().bookingStatus({ bookingNumber });
    this.options.audit.record({
      actor: 'citizen',
      action: 'document.verified',
      subject: bookingNumber,
      detail: { kind: 'booking', printedHere, online: found.ok },
    });
    if (!found.ok) {
      if (found.error.code === 'notFound')
        return { kind: 'booking', valid: false, reason: 'notFound', printedHere, online: 'valid', bookingNumber };
      return {
        kind: 'booking',
        valid: printedHere,
        ...(printedHere ? {} : { reason: 'unreachable' }),
        printedHere,
        online: 'unreachable',
        bookingNumber,
      };
    }
    const booking = found.value;
    const booked = booking.status === 'booked';
    return {
      kind: 'booking',
      valid: booked,
      ...(booked ? {} : { reason: 'cancelled' }),
      printedHere,
      online: 'valid',
      bookingNumber,
      itemCode: booking.slot.itemCode,
      date: booking.slot.date,
      start: booking.slot.start,
      end: booking.slot.end,
      location: booking.slot.location.slice(0, 120),
      ...(booking.slot.locationEn ? { locationEn: booking.slot.locationEn.slice(0, 120) } : {}),
    };
  }

  private async verifyReceipt(number: string, queryCode: string): Promise<VerifyOutcome> {
    const local = this.options.outbox.get(number);
    if (local && local.state === 'pending') return { kind: 'receipt', valid: true, queuedHere: true };
    const caseNumber = local?.caseNumber ?? number;
    const byCase = await this.options.gateway().progress({ by: 'caseNumber', caseNumber, queryCode });
    const result =
      byCase.ok || (byCase.error.code !== 'notFound' && byCase.error.code !== 'invalidRequest')
        ? byCase
        : await this.options.gateway().progress({ by: 'localNumber', localAcceptanceNumber: number, queryCode });
    if (!result.ok) return { kind: 'receipt', valid: false, reason: result.error.code };
    const progress = result.value.cases[0];
    return progress
      ? { kind: 'receipt', valid: true, progress }
      : { kind: 'receipt', valid: false, reason: 'notFound' };
  }
}
