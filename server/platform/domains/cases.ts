import {
  blobRefsOf,
  chinaCompactDate,
  type PackageMemberApplication,
  type PlatformResult,
  type Submission,
} from '../../../shared/platform/index.js';
import { err, ok } from '../../../shared/result.js';
import { maskName } from '../../../shared/validation/id-number.js';
import type { CaseRow, NewCase } from '../platform-store.js';
import type { PlatformHandlers } from '../validating-gateway.js';
import { holdsImage } from './attachments.js';
import { caseTarget } from './case-target.js';
import type { CaseView } from './case-view.js';
import { replayed } from './idempotency.js';
import { hashOf, pad, type PlatformContext } from './platform-context.js';

/** The fields every case of one submission shares; each case adds its number, key, target and sealed copy. */
type SubmissionCase = Omit<
  NewCase,
  'caseNumber' | 'idempotencyKey' | 'targetKind' | 'targetCode' | 'instant' | 'outcome' | 'returnReason'
> & {
  /** The materials the applicant will bring later (容缺后补). */
  readonly later: readonly string[];
};

/**
 * Applications (办件): a submission becomes a case, or one case per member item for a package (一件事), under
 * its idempotency key; the progress queries find them again.
 */
export function caseHandlers(
  ctx: PlatformContext,
  view: CaseView,
  casePrefix: string,
): Pick<PlatformHandlers, 'submit' | 'progress'> {
  const { tables, clock } = ctx;

  /** The member items a package submission applies for (the catalog's resolution, else every member item). */
  function packageMembers(packageCode: string, submission: Submission): readonly PackageMemberApplication[] {
    const c = ctx.catalog();
    const resolved = c.packageMembers
      ? c.packageMembers(packageCode, submission.situationAnswers, submission.form)
      : c.package(packageCode)?.itemCodes.map((itemCode) => ({
          itemCode,
          situationAnswers: submission.situationAnswers,
          form: submission.form,
        }));
    return (resolved ?? []).filter((m) => c.item(m.itemCode) !== undefined);
  }

  const newCaseNumber = (now: number) =>
    `${casePrefix}-${chinaCompactDate(now)}-${pad(tables.nextCounter(`p.case.${chinaCompactDate(now)}`), 5)}`;

  /** Decided at submission: a non-instant case with a material left for later (容缺后补) is returned for it. */
  function insertCase(
    base: SubmissionCase,
    caseNumber: string,
    key: string,
    target: { kind: 'item' | 'package'; code: string },
    instant: boolean,
  ): void {
    const { later, ...shared } = base;
    const outcome = !instant && later.length > 0 ? 'returned' : 'approved';
    const returnReason =
      outcome === 'returned'
        ? `申请材料需补正：请于5个工作日内携带容缺后补的材料（${later.join('、').slice(0, 300)}）原件到政务服务中心窗口补交。`
        : null;
    tables.insertCase({
      ...shared,
      caseNumber,
      idempotencyKey: key,
      targetKind: target.kind,
      targetCode: target.code,
      instant,
      outcome,
      returnReason,
    });
  }

  function insertSingle(base: SubmissionCase, code: string, instant: boolean): string {
    const caseNumber = newCaseNumber(base.acceptedAt);
    const { submission } = base;
    insertCase(base, caseNumber, submission.idempotencyKey, { kind: submission.target.kind, code }, instant);
    return caseNumber;
  }

  /**
   * One case per member item, each with its own answers and form values, all under the one key: the lead
   * (first) case holds the key itself, the others the key with their item code.
   */
  function insertPackage(
    base: SubmissionCase,
    packageCode: string,
    members: readonly PackageMemberApplication[],
  ): string {
    const { submission } = base;
    const leadCase = newCaseNumber(base.acceptedAt);
    members.forEach((member, i) => {
      const caseNumber = i === 0 ? leadCase : newCaseNumber(base.acceptedAt);
      const sealed = {
        ...submission,
        target: { kind: 'item', itemCode: member.itemCode },
        situationAnswers: member.situationAnswers,
        form: member.form,
      } as Submission;
      const key = i === 0 ? submission.idempotencyKey : `${submission.idempotencyKey}#${member.itemCode}`;
      insertCase(
        { ...base, submission: sealed, packageCode, leadCase },
        caseNumber,
        key,
        { kind: 'item', code: member.itemCode },
        ctx.catalog().item(member.itemCode)?.instant ?? false,
      );
    });
    return leadCase;
  }

  return {
    submit(submission) {
      const code = submission.target.kind === 'item' ? submission.target.itemCode : submission.target.packageCode;
      const info = caseTarget(ctx.catalog(), submission.target.kind, code);
      if (!info)
        return err('unknownItem', `There is no ${submission.target.kind} with the code ${code} in the catalog.`);
      const members = submission.target.kind === 'package' ? packageMembers(code, submission) : undefined;
      if (members?.length === 0)
        return err('unknownItem', `No member item of the package ${code} applies to these answers.`);
      const requestHash = hashOf(submission);
      return tables.transaction((): PlatformResult<'submit'> => {
        const again = replayed(tables.caseByKey(submission.idempotencyKey), requestHash, 'application', (row) =>
          view.ackOf(row, true),
        );
        if (again) return again;
        // A case must come with every image it names: refuse it, so the kiosk uploads first and submits again.
        const absent = blobRefsOf(submission).filter((ref) => !holdsImage(tables, ref));
        if (absent.length > 0)
          return err(
            'attachmentMissing',
            `The platform does not hold ${absent.length} image(s) this application names; upload them first.`,
          );
        const base: SubmissionCase = {
          requestHash,
          kioskId: submission.kioskId,
          localNumber: submission.localAcceptanceNumber,
          acceptedAt: clock.now(),
          queryCode: submission.queryCode,
          idNumber: submission.applicant.idNumber,
          applicantMasked: maskName(submission.applicant.name),
          submission,
          packageCode: null,
          leadCase: null,
          later: submission.materials.filter((m) => m.satisfiedBy === 'later').map((m) => m.materialId),
        };
        const caseNumber = members ? insertPackage(base, code, members) : insertSingle(base, code, info.instant);
        return ok(view.ackOf(tables.caseByNumber(caseNumber) as CaseRow, false));
      });
    },

    progress(query) {
      if (query.by === 'idNumber') return ok({ cases: tables.casesOfPerson(query.idNumber).map(view.progressOf) });
      if (query.by === 'localNumber') {
        // A package submission has one local number and one case per member item: all of them.
        const rows = tables
          .casesByLocalNumber(query.localAcceptanceNumber)
          .filter((r) => r.query_code === query.queryCode);
        if (rows.length === 0) return err('notFound', 'No case matches this number and query code.');
        return ok({ cases: rows.map(view.progressOf) });
      }
      const row = tables.caseByNumber(query.caseNumber);
      if (!row || row.query_code !== query.queryCode)
        return err('notFound', 'No case matches this number and query code.');
      return ok({ cases: [view.progressOf(row)] });
    },
  };
}
