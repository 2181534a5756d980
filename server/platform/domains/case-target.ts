import type { CatalogLookup, LocalizedName } from '../../../shared/platform/index.js';

/** What the catalog says of the item or package a case is for. */
export interface CaseTarget {
  readonly title: string;
  readonly titleEn: string;
  readonly department: string;
  readonly departmentEn: string;
  readonly instant: boolean;
  readonly timeLimitDays: number | undefined;
  readonly certificateTitle: string | undefined;
}

const namesOf = (target: { name: LocalizedName; department: LocalizedName }) => ({
  title: target.name['zh-CN'],
  titleEn: target.name.en,
  department: target.department['zh-CN'],
  departmentEn: target.department.en,
});

/** Undefined when the catalog no longer has it (the case keeps its code). */
export function caseTarget(catalog: CatalogLookup, kind: 'item' | 'package', code: string): CaseTarget | undefined {
  if (kind === 'item') {
    const item = catalog.item(code);
    return item
      ? {
          ...namesOf(item),
          instant: item.instant,
          timeLimitDays: item.timeLimitDays,
          certificateTitle: item.certificateTitle,
        }
      : undefined;
  }
  const pkg = catalog.package(code);
  return pkg
    ? {
        ...namesOf(pkg),
        // A package is never decided on the spot as a whole; its member cases may be.
        instant: false,
        timeLimitDays: pkg.timeLimitDays,
        certificateTitle: undefined,
      }
    : undefined;
}
