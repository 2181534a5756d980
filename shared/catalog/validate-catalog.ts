import { z } from 'zod';
import { err, ok, type Result } from '../result.js';
import { catalogReferenceProblems, checkLocalReferences } from './references.js';
import {
  catalogVersionSchema,
  categorySchema,
  conditionSchema,
  departmentSchema,
  itemSchema,
  localizedTextSchema,
  packageSchema,
  prefillSchema,
  type Catalog,
  type Category,
  type Department,
  type Item,
  type Package,
} from './schema.js';

/** One problem of a catalog: which record (item or package code, or "catalog"), where inside it, and what. */
export interface CatalogProblem {
  /** "RS-001", "YJS-002", "items[12]" when the code is unreadable, or "catalog". */
  readonly record: string;
  /** Dotted path inside the record, list elements named by their id where they have one: "fields[shopName].label.en". */
  readonly path: string;
  readonly message: string;
}

export function formatProblem(problem: CatalogProblem): string {
  return `${problem.record}${problem.path ? ` ${problem.path}` : ''}: ${problem.message}`;
}

/**
 * Validates an untrusted catalog (the bundled default, a platform download, a file given to the CLI). On
 * failure the message holds every problem, one line each, naming the item code and the field path.
 */
export function validateCatalog(json: unknown): Result<Catalog, 'catalogInvalid'> {
  const checked = checkCatalog(json);
  if (checked.catalog) return ok(checked.catalog);
  const lines = checked.problems.map(formatProblem);
  return err(
    'catalogInvalid',
    `${lines.length} problem${lines.length === 1 ? '' : 's'} in the catalog:\n${lines.join('\n')}`,
  );
}

/** Every problem of a catalog (empty when it is valid), and the parsed catalog when there are none. */
export function checkCatalog(json: unknown): { catalog?: Catalog; problems: CatalogProblem[] } {
  const problems: CatalogProblem[] = [];
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return {
      problems: [
        {
          record: 'catalog',
          path: '',
          message: 'a catalog is a JSON object with version, region, departments, categories, items and packages',
        },
      ],
    };
  }
  const raw = json as Record<string, unknown>;
  const catalogIssue = (path: PropertyKey[], message: string) =>
    problems.push({ record: 'catalog', path: renderPath(raw, path), message });

  const known = new Set(['version', 'region', 'departments', 'categories', 'items', 'packages']);
  for (const key of Object.keys(raw)) if (!known.has(key)) catalogIssue([key], 'unknown key');

  const version = catalogVersionSchema.safeParse(raw.version);
  if (!version.success) for (const i of version.error.issues) catalogIssue(['version', ...i.path], i.message);
  const region = z
    .strictObject({ code: z.string().regex(/^\d{6}$/, 'region code is 6 digits'), name: localizedTextSchema })
    .safeParse(raw.region);
  if (!region.success) for (const i of region.error.issues) catalogIssue(['region', ...i.path], i.message);

  const departments = parseList(raw, 'departments', departmentSchema, catalogIssue, true) as Department[];
  const categories = parseList(raw, 'categories', categorySchema, catalogIssue, true) as Category[];
  const rawIds = (key: string, parsed: readonly { id: string }[]) =>
    (Array.isArray(raw[key]) ? (raw[key] as unknown[]) : [])
      .map((element) => (element as { id?: unknown } | null)?.id)
      .filter((id): id is string => typeof id === 'string' && !parsed.some((p) => p.id === id));

  // Items one by one, so one broken item does not hide the problems of the others.
  const rawItems = Array.isArray(raw.items) ? raw.items : [];
  if (!Array.isArray(raw.items)) catalogIssue(['items'], 'items must be a list');
  else if (rawItems.length === 0) catalogIssue(['items'], 'a catalog has at least one item');
  const unparsedCodes: string[] = [];
  const knownDepartments = new Set([...departments.map((d) => d.id), ...rawIds('departments', departments)]);
  const knownCategories = new Set([...categories.map((c) => c.id), ...rawIds('categories', categories)]);
  const items: (Item | undefined)[] = rawItems.map((rawItem, index) => {
    const record = recordName(rawItem, 'code', `items[${index}]`);
    const parsed = itemSchema.safeParse(rawItem);
    if (parsed.success) return parsed.data;
    const seen = new Set<string>();
    // When the structure failed, the schema skipped the reference checks: run them on what can be read.
    for (const issue of [...parsed.error.issues, ...looseReferenceIssues(rawItem)]) {
      const problem = { record, path: renderPath(rawItem, issue.path), message: issue.message };
      const key = formatProblem(problem);
      if (!seen.has(key)) problems.push(problem);
      seen.add(key);
    }
    const loose = (rawItem ?? {}) as { code?: unknown; department?: unknown; category?: unknown };
    if (typeof loose.code === 'string') unparsedCodes.push(loose.code);
    // The schema did not get as far as the catalog-level references: check the ones that can be read.
    if (typeof loose.department === 'string' && !knownDepartments.has(loose.department))
      problems.push({ record, path: 'department', message: `unknown department "${loose.department}"` });
    if (typeof loose.category === 'string' && !knownCategories.has(loose.category))
      problems.push({ record, path: 'category', message: `unknown category "${loose.category}"` });
    return undefined;
  });

  const rawPackages = raw.packages === undefined ? [] : Array.isArray(raw.packages) ? raw.packages : [];
  if (raw.packages !== undefined && !Array.isArray(raw.packages)) catalogIssue(['packages'], 'packages must be a list');
  const packages: (Package | undefined)[] = rawPackages.map((rawPackage, index) => {
    const parsed = packageSchema.safeParse(rawPackage);
    if (parsed.success) return parsed.data;
    const record = recordName(rawPackage, 'code', `packages[${index}]`);
    for (const issue of parsed.error.issues)
      problems.push({ record, path: renderPath(rawPackage, issue.path), message: issue.message });
    return undefined;
  });

  const unparsed = {
    itemCodes: unparsedCodes,
    departments: rawIds('departments', departments),
    categories: rawIds('categories', categories),
  };
  for (const problem of catalogReferenceProblems({ departments, categories, items, packages }, unparsed)) {
    const [list, index, ...rest] = problem.path;
    if ((list === 'items' || list === 'packages') && typeof index === 'number') {
      const rawRecord = (list === 'items' ? rawItems : rawPackages)[index];
      problems.push({
        record: recordName(rawRecord, 'code', `${list}[${index}]`),
        path: renderPath(rawRecord, rest),
        message: problem.message,
      });
    } else {
      catalogIssue(problem.path, problem.message);
    }
  }

  if (problems.length > 0 || !version.success || !region.success) return { problems };
  return {
    catalog: {
      version: version.data,
      region: region.data,
      departments,
      categories,
      items: items as Item[],
      packages: packages as Package[],
    },
    problems,
  };
}

function parseList<T extends z.ZodType>(
  raw: Record<string, unknown>,
  key: string,
  schema: T,
  report: (path: PropertyKey[], message: string) => void,
  required: boolean,
): z.output<T>[] {
  const list = raw[key];
  if (!Array.isArray(list)) {
    if (required || list !== undefined) report([key], `${key} must be a list`);
    return [];
  }
  if (required && list.length === 0) report([key], `${key} must not be empty`);
  const out: z.output<T>[] = [];
  list.forEach((element, index) => {
    const parsed = schema.safeParse(element);
    if (parsed.success) out.push(parsed.data);
    else for (const issue of parsed.error.issues) report([key, index, ...issue.path], issue.message);
  });
  return out;
}

function recordName(raw: unknown, key: string, fallback: string): string {
  const value = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>)[key] : undefined;
  return typeof value === 'string' && /^[A-Za-z0-9-]{1,20}$/.test(value) ? value : fallback;
}

/** ["fields", 3, "label", "en"] → "fields[shopName].label.en", reading the id of element 3 from the raw data. */
export function renderPath(raw: unknown, path: readonly PropertyKey[]): string {
  let out = '';
  let node: unknown = raw;
  for (const segment of path) {
    if (typeof segment === 'number') {
      const element = Array.isArray(node) ? node[segment] : undefined;
      const name = elementName(element);
      out += name ? `[${name}]` : `[${segment}]`;
      node = element;
    } else {
      const key = String(segment);
      out += out ? `.${key}` : key;
      node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined;
    }
  }
  return out;
}

function elementName(element: unknown): string | undefined {
  if (typeof element !== 'object' || element === null) return undefined;
  const record = element as Record<string, unknown>;
  for (const key of ['id', 'value', 'item', 'material', 'kind', 'question']) {
    const value = record[key];
    if (typeof value === 'string' && /^[A-Za-z0-9-]{1,48}$/.test(value)) return value;
  }
  return undefined;
}

// Loose shapes: just enough of a broken item to check its references.
const looseCondition = conditionSchema.optional().catch(undefined);
const looseId = z.string().catch('');
const looseItem = z.object({
  situations: z
    .array(z.object({ id: looseId, options: z.array(z.object({ value: looseId })).catch([]), when: looseCondition }))
    .catch([]),
  materials: z.array(z.object({ id: looseId, when: looseCondition })).catch([]),
  fields: z
    .array(
      z.object({
        id: looseId,
        when: looseCondition,
        prefill: prefillSchema.optional().catch(undefined),
        locked: z.boolean().optional().catch(undefined),
        options: z
          .array(z.object({ value: looseId }))
          .optional()
          .catch(undefined),
      }),
    )
    .catch([]),
  results: z.array(z.object({ id: looseId })).catch([]),
});

function looseReferenceIssues(rawItem: unknown): { path: PropertyKey[]; message: string }[] {
  const issues: { path: PropertyKey[]; message: string }[] = [];
  const parts = looseItem.safeParse(typeof rawItem === 'object' && rawItem !== null ? rawItem : {});
  if (!parts.success) return issues;
  checkLocalReferences(parts.data, { addIssue: (issue) => issues.push({ path: issue.path, message: issue.message }) });
  // Duplicate-id problems of elements whose id could not be read are noise.
  return issues.filter((i) => !/duplicate id ""/.test(i.message));
}
