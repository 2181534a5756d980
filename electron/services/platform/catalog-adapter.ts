import {
  type Catalog,
  checkRecordChoices,
  defaultCatalog,
  type FieldValue,
  resolvePackage,
  splitPackageValues,
} from '../../../shared/catalog/index.js';
import { err } from '../../../shared/result.js';
import type {
  CatalogFieldInfo,
  CatalogItemInfo,
  CatalogLookup,
  CatalogPackageInfo,
} from '../../../shared/platform/index.js';

/** Results that become e-licenses the platform can hand back later (matched by the result's Chinese name). */
const licenseTypeByResultName: Readonly<Record<string, string>> = {
  食品小经营店备案证: 'foodBusinessRecord',
  无犯罪记录证明: 'noCriminalRecordCertificate',
  阳泉市居住证: 'residencePermit',
  就业创业证: 'employmentCertificate',
  老年人优待证: 'elderlyPreferentialCard',
  山西省老年人优待证: 'elderlyPreferentialCard',
  营业执照: 'businessLicense',
};

const printable = new Set(['certificate', 'printout', 'license']);

/** Reduces the full catalog (shared/catalog) to what the platform and the documents need. */
export function catalogLookupFrom(catalog: Catalog): CatalogLookup {
  const departments = new Map(catalog.departments.map((d) => [d.id, d.name]));
  const phones = new Map(catalog.departments.map((d) => [d.id, d.consultationPhone]));
  const unknownDepartment = { 'zh-CN': '阳泉市郊区政务服务中心', en: 'Jiaoqu District Government Service Center' };
  const items = new Map<string, CatalogItemInfo>();
  for (const item of catalog.items) {
    // A notice printed on the spot (名称自主申报告知书) is issued like a certificate; other notices come later.
    const result = item.results.find(
      (r) =>
        (printable.has(r.kind) && (r.delivery === 'printOnSite' || r.delivery === 'electronic')) ||
        (r.kind === 'notice' && r.delivery === 'printOnSite'),
    );
    const fields: Record<string, CatalogFieldInfo> = {};
    for (const field of item.fields) {
      fields[field.id] = {
        label: field.label['zh-CN'].replace(/（[^）]*）$/, ''),
        ...(field.type === 'number' && field.unit ? { unit: field.unit['zh-CN'] } : {}),
        ...(field.type === 'choice'
          ? { options: Object.fromEntries(field.options.map((o) => [o.value, o.label['zh-CN']])) }
          : {}),
        ...(field.type === 'idNumber' || field.type === 'phone' || field.type === 'account' ? { personal: true } : {}),
      };
    }
    const licenseType = result ? licenseTypeByResultName[result.name['zh-CN']] : undefined;
    items.set(item.code, {
      code: item.code,
      name: item.name,
      department: departments.get(item.department) ?? unknownDepartment,
      flow: item.flow,
      instant: item.instant,
      ...(item.instant ? {} : { timeLimitDays: item.promisedDays }),
      ...(result ? { certificateTitle: result.name['zh-CN'] } : {}),
      ...(licenseType ? { certificateLicenseType: licenseType } : {}),
      ...(item.platformRecord ? { platformRecord: item.platformRecord } : {}),
      ...(item.booking
        ? {
            bookingPlace: item.booking.place['zh-CN'].slice(0, 100),
            bookingPlaceEn: item.booking.place.en.slice(0, 100),
          }
        : {}),
      ...((item.guide.consultationPhone ?? phones.get(item.department))
        ? { consultationPhone: item.guide.consultationPhone ?? phones.get(item.department) }
        : {}),
      materialNames: Object.fromEntries(item.materials.map((m) => [m.id, m.name['zh-CN']])),
      fields,
    });
  }
  const packages = new Map<string, CatalogPackageInfo>();
  for (const pkg of catalog.packages) {
    packages.set(pkg.code, {
      code: pkg.code,
      name: pkg.name,
      department: departments.get(pkg.leadDepartment) ?? unknownDepartment,
      itemCodes: pkg.members.map((m) => m.item),
      timeLimitDays: pkg.promisedDays,
    });
  }
  const packageMembers: CatalogLookup['packageMembers'] = (code, situationAnswers, form) => {
    const pkg = catalog.packages.find((p) => p.code === code);
    if (!pkg) return undefined;
    // Package questions are single choices: only string answers take part in the resolution.
    const answers = Object.fromEntries(
      Object.entries(situationAnswers).filter((e): e is [string, string] => typeof e[1] === 'string'),
    );
    const resolution = resolvePackage(pkg, catalog, answers);
    const values = splitPackageValues(resolution, form as Readonly<Record<string, FieldValue>>);
    return resolution.members.map((m) => ({
      itemCode: m.item.code,
      situationAnswers: m.answers,
      form: values[m.item.code] ?? {},
    }));
  };
  const checkChoices: CatalogLookup['checkChoices'] = (code, choices, nowMs) => {
    const item = catalog.items.find((i) => i.code === code);
    return item
      ? checkRecordChoices(item, choices, new Date(nowMs))
      : err('unknownItem', `There is no item with the code ${code} in the catalog.`);
  };
  return {
    version: catalog.version,
    item: (code) => items.get(code),
    package: (code) => packages.get(code),
    packageMembers,
    checkChoices,
  };
}

const reduced = new WeakMap<Catalog, CatalogLookup>();

/** The lookup of a catalog, reduced once per catalog object (the catalog service swaps whole catalogs). */
export function catalogLookupFor(catalog: Catalog): CatalogLookup {
  let lookup = reduced.get(catalog);
  if (!lookup) {
    lookup = catalogLookupFrom(catalog);
    reduced.set(catalog, lookup);
  }
  return lookup;
}

/** The catalog the kiosk ships with (shared/catalog's defaultCatalog). */
export function bundledCatalogLookup(): CatalogLookup {
  return catalogLookupFor(defaultCatalog);
}
