import type { Result } from '../result.js';
import type { RecordChoices } from './record-choices.js';

/**
 * What the platform and the documents need to know about catalog items. The catalog itself (shared/catalog)
 * is much richer; an adapter reduces it to this, so the platform code depends on a small interface and the
 * tests can use a small fixed catalog. Unknown codes are rejected wherever a code comes in.
 */
export interface LocalizedName {
  readonly 'zh-CN': string;
  readonly en: string;
}

export interface CatalogItemInfo {
  readonly code: string;
  readonly name: LocalizedName;
  /** The department that decides it, as printed on documents (阳泉市郊区市场监督管理局). */
  readonly department: LocalizedName;
  /** Flow kind: print, query, apply, book, pay, certify. */
  readonly flow: string;
  /** 即办件: decided at once, result printed on the spot. */
  readonly instant: boolean;
  /** Working days promised for a decision (承诺时限) when not instant. */
  readonly timeLimitDays?: number;
  /** Title of the certificate an approved case of this item yields, if it yields one (食品小经营店备案证). */
  readonly certificateTitle?: string;
  /** Years a certificate stays valid, when it expires. */
  readonly certificateValidYears?: number;
  /** The e-license type the certificate becomes once issued (foodBusinessRecord), so later items can reuse it. */
  readonly certificateLicenseType?: string;
  /** The platform record a print or query item reads ("socialInsurance.enrolment"). */
  readonly platformRecord?: string;
  /** Where a book item's appointments take place (婚姻登记处), shown with its slots. */
  readonly bookingPlace?: string;
  /** The same place in English, for the kiosk's English mode. */
  readonly bookingPlaceEn?: string;
  /** Consultation phone printed on receipts (the item's, else its department's). */
  readonly consultationPhone?: string;
  /** Names of materials, to list on a receipt what is still to be brought (容缺后补). */
  readonly materialNames?: Readonly<Record<string, string>>;
  /** Form fields that may be printed on a certificate: label, and labels of choice options. */
  readonly fields?: Readonly<Record<string, CatalogFieldInfo>>;
}

export interface CatalogFieldInfo {
  readonly label: string;
  readonly options?: Readonly<Record<string, string>>;
  /** Unit printed after a number ("平方米"). */
  readonly unit?: string;
  /** ID numbers, phones: never printed in full. */
  readonly personal?: boolean;
}

export interface CatalogPackageInfo {
  readonly code: string;
  readonly name: LocalizedName;
  readonly department: LocalizedName;
  readonly itemCodes: readonly string[];
  readonly timeLimitDays?: number;
}

/** One member item of a package submission that applies, with its own answers and form values. */
export interface PackageMemberApplication {
  readonly itemCode: string;
  readonly situationAnswers: Readonly<Record<string, unknown>>;
  readonly form: Readonly<Record<string, unknown>>;
}

export interface CatalogLookup {
  readonly version: string;
  item(code: string): CatalogItemInfo | undefined;
  package(code: string): CatalogPackageInfo | undefined;
  /**
   * The member items a package submission applies for, given its answers and merged form (the package's
   * resolution), each with its own answers and field values, in the package's order. Without it, every
   * member item in the catalog applies with the package's answers and form as they are.
   */
  packageMembers?(
    packageCode: string,
    situationAnswers: Readonly<Record<string, unknown>>,
    form: Readonly<Record<string, unknown>>,
  ): readonly PackageMemberApplication[] | undefined;
  /**
   * Checks the choices sent with a print or query item against the item's questions and fields (unknown ids,
   * options, malformed values, missing answers). Without it (a small fixed catalog), choices are taken as sent.
   */
  checkChoices?(
    itemCode: string,
    choices: RecordChoices,
    nowMs: number,
  ): Result<void, 'invalidChoices' | 'unknownItem'>;
}

export function staticCatalogLookup(
  version: string,
  items: readonly CatalogItemInfo[],
  packages: readonly CatalogPackageInfo[] = [],
): CatalogLookup {
  const byCode = new Map(items.map((i) => [i.code, i]));
  const packagesByCode = new Map(packages.map((p) => [p.code, p]));
  return { version, item: (code) => byCode.get(code), package: (code) => packagesByCode.get(code) };
}
