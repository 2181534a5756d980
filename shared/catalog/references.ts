import type { z } from 'zod';
import type { Category, Condition, Department, Item, itemObjectSchema, Package, Prefill } from './schema.js';
/**
 * The catalog's cross-reference checks (ids unique, conditions naming earlier questions and their options,
 * prefills naming what is asked before them, packages naming items that exist, …): what zod's shapes in
 * schema.ts cannot say alone. schema.ts runs them as refinements; validate-catalog.ts reports them with the
 * structural problems, also for items that fail to parse.
 */
type RefCtx = { addIssue(issue: { code: 'custom'; message: string; path: PropertyKey[] }): void };

function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const id of ids) (seen.has(id) ? dup : seen).add(id);
  return [...dup];
}

/**
 * Checks a condition against the questions asked before it. `known` maps question id → option values.
 * Returns problems as [path suffix, message].
 */
export function conditionProblems(
  condition: Condition | undefined,
  known: ReadonlyMap<string, readonly string[]>,
): Array<[PropertyKey[], string]> {
  const problems: Array<[PropertyKey[], string]> = [];
  condition?.forEach((clause, i) => {
    const options = known.get(clause.question);
    if (!options) {
      problems.push([[i, 'question'], `unknown question "${clause.question}" (or one not asked before)`]);
      return;
    }
    clause.in.forEach((value, j) => {
      if (!options.includes(value))
        problems.push([[i, 'in', j], `question "${clause.question}" has no option "${value}"`]);
    });
  });
  return problems;
}

/**
 * The parts of an item that carry references, in the loosest shape that still allows checking them. The
 * validator fills this from items that fail to parse, so reference problems are reported alongside
 * structural ones.
 */
export interface ItemReferenceParts {
  readonly situations: readonly {
    id: string;
    options: readonly { value: string }[];
    when?: Condition | undefined;
    answeredBy?: { readonly map: Readonly<Record<string, string>> } | undefined;
  }[];
  readonly materials: readonly { id: string; when?: Condition | undefined }[];
  readonly fields: readonly {
    id: string;
    when?: Condition | undefined;
    prefill?: Prefill | undefined;
    hintsWhen?: readonly { when: Condition }[] | undefined;
    locked?: boolean | undefined;
    options?: readonly { value: string }[] | undefined;
    notBefore?: string | undefined;
  }[];
  readonly results: readonly { id: string }[];
}

/** Unique ids and options; conditions name earlier questions and their options; prefills name earlier questions and fields. */
export function checkLocalReferences(item: ItemReferenceParts, ctx: RefCtx): void {
  const add = (path: PropertyKey[], message: string) => ctx.addIssue({ code: 'custom', message, path });

  for (const [list, key] of [
    [item.situations, 'situations'],
    [item.materials, 'materials'],
    [item.fields, 'fields'],
    [item.results, 'results'],
  ] as const) {
    for (const id of duplicates(list.map((x) => x.id))) add([key], `duplicate id "${id}"`);
  }

  // Questions may only depend on earlier questions, so the page order is always well defined.
  const asked = new Map<string, string[]>();
  item.situations.forEach((q, i) => {
    for (const id of duplicates(q.options.map((o) => o.value)))
      add(['situations', i, 'options'], `duplicate option "${id}"`);
    for (const [p, m] of conditionProblems(q.when, asked)) add(['situations', i, 'when', ...p], m);
    for (const [value, option] of Object.entries(q.answeredBy?.map ?? {}))
      if (!q.options.some((o) => o.value === option))
        add(['situations', i, 'answeredBy', 'map', value], `question "${q.id}" has no option "${option}"`);
    asked.set(
      q.id,
      q.options.map((o) => o.value),
    );
  });
  item.materials.forEach((m, i) => {
    for (const [p, msg] of conditionProblems(m.when, asked)) add(['materials', i, 'when', ...p], msg);
  });
  const earlierFields = new Set<string>();
  item.fields.forEach((f, i) => {
    for (const [p, msg] of conditionProblems(f.when, asked)) add(['fields', i, 'when', ...p], msg);
    f.hintsWhen?.forEach((h, j) => {
      for (const [p, msg] of conditionProblems(h.when, asked)) add(['fields', i, 'hintsWhen', j, 'when', ...p], msg);
    });
    if (f.prefill?.source === 'answer' && !asked.has(f.prefill.question))
      add(['fields', i, 'prefill', 'question'], `unknown question "${f.prefill.question}"`);
    if (f.prefill?.source === 'field' && !earlierFields.has(f.prefill.field))
      add(['fields', i, 'prefill', 'field'], `unknown field "${f.prefill.field}" (or one not asked before)`);
    if (f.locked && !f.prefill) add(['fields', i, 'locked'], 'a locked field needs a prefill');
    if (f.notBefore !== undefined && !earlierFields.has(f.notBefore))
      add(['fields', i, 'notBefore'], `unknown field "${f.notBefore}" (or one not asked before)`);
    if (f.options)
      for (const id of duplicates(f.options.map((o) => o.value)))
        add(['fields', i, 'options'], `duplicate option "${id}"`);
    earlierFields.add(f.id);
  });
}

/** Every reference and rule inside one item: local references, field limits, time limit, flow data, devices. */
export function checkItemReferences(item: z.output<typeof itemObjectSchema>, ctx: RefCtx): void {
  const add = (path: PropertyKey[], message: string) => ctx.addIssue({ code: 'custom', message, path });
  checkLocalReferences(item, ctx);

  item.materials.forEach((m, i) => {
    const kinds = m.satisfiedBy.map((s) => s.kind);
    for (const k of duplicates(kinds.filter((k) => k !== 'eLicense')))
      add(['materials', i, 'satisfiedBy'], `"${k}" listed twice`);
  });
  item.fields.forEach((f, i) => {
    if ((f.type === 'text' || f.type === 'account') && f.minLength > f.maxLength)
      add(['fields', i, 'minLength'], 'minLength is above maxLength');
    if (f.type === 'number' && f.min > f.max) add(['fields', i, 'min'], 'min is above max');
    if (f.type === 'amount' && f.minFen > f.maxFen) add(['fields', i, 'minFen'], 'minFen is above maxFen');
    if (f.type === 'text' && f.pattern !== undefined) {
      try {
        new RegExp(f.pattern);
      } catch {
        add(['fields', i, 'pattern'], 'pattern is not a valid regular expression');
      }
      if (!f.messages?.invalid) add(['fields', i, 'messages', 'invalid'], 'a pattern needs its own invalid message');
    }
  });

  // Time limit.
  if (item.instant && item.promisedDays !== 0) add(['promisedDays'], 'an instant item has promisedDays 0');
  if (!item.instant && item.promisedDays === 0)
    add(['promisedDays'], 'an item processed later needs promisedDays of at least 1');
  if (item.legalDays !== undefined && item.legalDays < item.promisedDays)
    add(['legalDays'], 'legalDays is shorter than promisedDays');

  // Flow-specific data.
  const needs = (cond: boolean, path: string, message: string) => {
    if (!cond) add([path], message);
  };
  needs(item.flow !== 'book' || item.booking !== undefined, 'booking', 'a book item needs booking');
  needs(item.flow === 'book' || item.booking === undefined, 'booking', 'only book items have booking');
  needs(item.flow !== 'pay' || item.payment !== undefined, 'payment', 'a pay item needs payment');
  needs(item.flow === 'pay' || item.payment === undefined, 'payment', 'only pay items have payment');
  needs(item.flow !== 'pay' || item.fee.kind === 'byBill', 'fee', 'a pay item has fee kind byBill');
  needs(
    item.flow !== 'certify' || item.certification !== undefined,
    'certification',
    'a certify item needs certification',
  );
  needs(
    item.flow === 'certify' || item.certification === undefined,
    'certification',
    'only certify items have certification',
  );
  needs(
    item.flow !== 'certify' || item.requiredDevices.includes('faceCamera'),
    'requiredDevices',
    'a certify item needs the faceCamera',
  );
  needs(
    !['print', 'query', 'certify'].includes(item.flow) || item.platformRecord !== undefined,
    'platformRecord',
    `a ${item.flow} item names the platformRecord it reads`,
  );
  needs(
    item.flow !== 'print' || item.results.some((r) => r.delivery === 'printOnSite'),
    'results',
    'a print item prints a result on site',
  );
  needs(
    item.flow !== 'apply' || item.declaration !== undefined,
    'declaration',
    'an apply item needs the applicant declaration',
  );
  needs(
    item.flow !== 'apply' || item.fields.length > 0 || item.materials.length > 0,
    'fields',
    'an apply item asks for fields or materials',
  );
  if (item.identity === 'none') {
    item.fields.forEach((f, i) => {
      if (f.prefill?.source === 'idCard' || f.prefill?.source === 'platform')
        add(['fields', i, 'prefill'], 'an item without identity cannot prefill from the ID card or platform records');
    });
  }

  // Devices follow from the data.
  const devices = new Set(item.requiredDevices);
  for (const d of duplicates(item.requiredDevices)) add(['requiredDevices'], `"${d}" listed twice`);
  if (
    item.results.some((r) => r.delivery === 'printOnSite' && r.kind !== 'receipt' && r.kind !== 'ticket') &&
    !devices.has('documentPrinter')
  )
    add(['requiredDevices'], 'a result printed on site needs the documentPrinter');
  if (
    item.results.some((r) => r.delivery === 'printOnSite' && (r.kind === 'receipt' || r.kind === 'ticket')) &&
    !devices.has('receiptPrinter')
  )
    add(['requiredDevices'], 'a receipt or ticket printed on site needs the receiptPrinter');
  if (
    item.materials.some((m) => !m.optional && m.satisfiedBy.every((s) => s.kind === 'scan')) &&
    !devices.has('documentCamera')
  )
    add(['requiredDevices'], 'a material that can only be scanned needs the documentCamera');
  if (item.identity === 'required' && !devices.has('idCardReader') && !devices.has('qrScanner'))
    add(['requiredDevices'], 'an item with identity needs the idCardReader (or the qrScanner for the e-ID)');
  if (item.fields.some((f) => f.prefill?.source === 'idCard') && item.identity !== 'required')
    add(['identity'], 'ID card prefills need identity "required"');
}

export interface ReferenceProblem {
  readonly path: PropertyKey[];
  readonly message: string;
}

/** References between records; each problem has a path from the catalog root. */
export function catalogReferenceProblems(
  catalog: {
    departments: readonly Department[];
    categories: readonly Category[];
    items: readonly (Item | undefined)[];
    packages: readonly (Package | undefined)[];
  },
  /** Records that exist but failed to parse: their own problems are reported elsewhere, so references to them are not. */
  unparsed: {
    readonly itemCodes?: readonly string[];
    readonly departments?: readonly string[];
    readonly categories?: readonly string[];
  } = {},
): ReferenceProblem[] {
  const unparsedCodes = unparsed.itemCodes ?? [];
  const problems: ReferenceProblem[] = [];
  const add = (path: PropertyKey[], message: string) => problems.push({ path, message });
  const departments = new Map(catalog.departments.map((d) => [d.id, d]));
  const categories = new Set([...catalog.categories.map((c) => c.id), ...(unparsed.categories ?? [])]);
  const brokenDepartments = new Set(unparsed.departments ?? []);
  for (const id of duplicates(catalog.departments.map((d) => d.id)))
    add(['departments'], `duplicate department "${id}"`);
  for (const p of duplicates(catalog.departments.map((d) => d.codePrefix)))
    add(['departments'], `duplicate code prefix "${p}"`);
  for (const id of duplicates(catalog.categories.map((c) => c.id))) add(['categories'], `duplicate category "${id}"`);

  const items = new Map<string, Item>();
  const seenCodes = new Set(unparsedCodes);
  catalog.items.forEach((item, i) => {
    if (!item) return;
    if (seenCodes.has(item.code)) add(['items', i, 'code'], `duplicate code "${item.code}": another item has it`);
    seenCodes.add(item.code);
    if (!items.has(item.code)) items.set(item.code, item);
    const dept = departments.get(item.department);
    if (!dept) {
      if (!brokenDepartments.has(item.department))
        add(['items', i, 'department'], `unknown department "${item.department}"`);
    } else if (!item.code.startsWith(`${dept.codePrefix}-`))
      add(['items', i, 'code'], `code must start with "${dept.codePrefix}-" (department ${dept.id})`);
    if (!categories.has(item.category)) add(['items', i, 'category'], `unknown category "${item.category}"`);
  });

  const seenPackages = new Set<string>();
  catalog.packages.forEach((pkg, p) => {
    if (!pkg) return;
    if (seenPackages.has(pkg.code))
      add(['packages', p, 'code'], `duplicate code "${pkg.code}": another package has it`);
    seenPackages.add(pkg.code);
    for (const problem of packageReferenceProblems(pkg, items, departments, unparsedCodes)) {
      if (problem.path[0] === 'leadDepartment' && brokenDepartments.has(pkg.leadDepartment)) continue;
      add(['packages', p, ...problem.path], problem.message);
    }
  });
  return problems;
}

/** References of one package to its items and their questions, materials and fields. */
export function packageReferenceProblems(
  pkg: Package,
  items: ReadonlyMap<string, Item>,
  departments: ReadonlyMap<string, Department>,
  unparsedCodes: readonly string[] = [],
): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  const add = (path: PropertyKey[], message: string) => problems.push({ path, message });
  if (!departments.has(pkg.leadDepartment)) add(['leadDepartment'], `unknown department "${pkg.leadDepartment}"`);
  for (const id of duplicates(pkg.situations.map((s) => s.id))) add(['situations'], `duplicate id "${id}"`);
  const asked = new Map<string, string[]>();
  pkg.situations.forEach((q, i) => {
    for (const [path, m] of conditionProblems(q.when, asked)) add(['situations', i, 'when', ...path], m);
    for (const [value, option] of Object.entries(q.answeredBy?.map ?? {}))
      if (!q.options.some((o) => o.value === option))
        add(['situations', i, 'answeredBy', 'map', value], `question "${q.id}" has no option "${option}"`);
    asked.set(
      q.id,
      q.options.map((o) => o.value),
    );
  });
  for (const code of duplicates(pkg.members.map((m) => m.item))) add(['members'], `item "${code}" listed twice`);

  pkg.members.forEach((member, m) => {
    for (const [path, msg] of conditionProblems(member.when, asked)) add(['members', m, 'when', ...path], msg);
    const item = items.get(member.item);
    if (!item) {
      if (!unparsedCodes.includes(member.item)) add(['members', m, 'item'], `unknown item "${member.item}"`);
      return;
    }
    if (item.flow !== 'apply' && item.flow !== 'book')
      add(['members', m, 'item'], `item "${member.item}" is a ${item.flow} item; packages join apply and book items`);
    member.provided.forEach((provided, k) => {
      if (!item.materials.some((mat) => mat.id === provided.material))
        add(['members', m, 'provided', k, 'material'], `${item.code} has no material "${provided.material}"`);
      if (!pkg.members.some((other) => other.item === provided.by) || provided.by === member.item)
        add(['members', m, 'provided', k, 'by'], `"${provided.by}" is not another member of the package`);
      for (const [path, msg] of conditionProblems(provided.when, asked))
        add(['members', m, 'provided', k, 'when', ...path], msg);
    });
    const itemQuestions = new Map(item.situations.map((q) => [q.id, q.options.map((o) => o.value)]));
    for (const q of item.situations) {
      if (!Object.hasOwn(member.answers, q.id))
        add(['members', m, 'answers'], `question "${q.id}" of ${item.code} is not answered by the package`);
    }
    for (const [qid, source] of Object.entries(member.answers)) {
      const itemOptions = itemQuestions.get(qid);
      if (!itemOptions) {
        add(['members', m, 'answers', qid], `${item.code} has no question "${qid}"`);
        continue;
      }
      if ('fixed' in source) {
        if (!itemOptions.includes(source.fixed))
          add(
            ['members', m, 'answers', qid, 'fixed'],
            `question "${qid}" of ${item.code} has no option "${source.fixed}"`,
          );
        continue;
      }
      const pkgOptions = asked.get(source.fromQuestion);
      if (!pkgOptions) {
        add(['members', m, 'answers', qid, 'fromQuestion'], `unknown package question "${source.fromQuestion}"`);
        continue;
      }
      for (const key of Object.keys(source.map ?? {})) {
        if (!pkgOptions.includes(key))
          add(
            ['members', m, 'answers', qid, 'map', key],
            `package question "${source.fromQuestion}" has no option "${key}"`,
          );
      }
      for (const value of pkgOptions) {
        const mapped = source.map?.[value] ?? value;
        if (!itemOptions.includes(mapped))
          add(
            ['members', m, 'answers', qid, 'map'],
            `answer "${value}" maps to "${mapped}", which question "${qid}" of ${item.code} does not have`,
          );
      }
    }
  });

  // Fields asked once: the same id in two members must mean the same type; merges name real fields.
  const memberItems = pkg.members.flatMap((mb) => {
    const it = items.get(mb.item);
    return it ? [it] : [];
  });
  const mergedAway = new Map<string, string>(); // "CODE:field" → merged id
  pkg.merges.forEach((merge, g) => {
    const types = new Set<string>();
    merge.fields.forEach((ref, f) => {
      const item = items.get(ref.item);
      if (!pkg.members.some((mb) => mb.item === ref.item)) {
        add(['merges', g, 'fields', f, 'item'], `item "${ref.item}" is not a member of the package`);
        return;
      }
      if (!item) return;
      const field = item.fields.find((x) => x.id === ref.field);
      if (!field) add(['merges', g, 'fields', f, 'field'], `${item.code} has no field "${ref.field}"`);
      else types.add(field.type);
      mergedAway.set(`${ref.item}:${ref.field}`, merge.id);
    });
    if (types.size > 1) add(['merges', g], `merged fields have different types (${[...types].join(', ')})`);
  });
  const typeById = new Map<string, { type: string; item: string; options: string }>();
  for (const item of memberItems) {
    for (const field of item.fields) {
      const id = mergedAway.get(`${item.code}:${field.id}`) ?? field.id;
      const options =
        field.type === 'choice'
          ? `${field.multiple}:${field.options
              .map((o) => o.value)
              .sort()
              .join(',')}`
          : '';
      const seen = typeById.get(id);
      if (seen && seen.type !== field.type)
        add(
          ['members'],
          `field "${id}" is a ${seen.type} in ${seen.item} but a ${field.type} in ${item.code}; rename or merge`,
        );
      else if (seen && seen.options !== options)
        add(['members'], `choice field "${id}" has different options in ${seen.item} and ${item.code}; rename one`);
      else if (!seen) typeById.set(id, { type: field.type, item: item.code, options });
    }
  }
  return problems;
}
