import fc from 'fast-check';
import { developerMethods } from '../../shared/contract/developer.js';
import { methods, productionMethods } from '../../shared/contract/index.js';
import { caps, contractHints, SeenValues, SLOW_FIELD_LIMITS, wholeRequests } from './hints.js';
import { Rng } from './rng.js';
import { arbitraryFromSchema, requestJsonSchema } from './schema-arbitrary.js';

/**
 * The messages of the contract fuzzer. Each is a (method, payload) pair as a renderer — or something
 * pretending to be one — could send it, of one kind:
 * - valid: derived from the call's zod request schema (and realistic hints)
 * - mutated: a valid message with one thing wrong (a field dropped, added or retyped, a length at or past a
 *   bound, unicode, full-width digits, NaN-like strings, negative numbers, a duplicated key…)
 * - random: any value at all, for a real call
 * - prototype: `__proto__`, `constructor` and `prototype` keys at some depth, as JSON text so they survive
 * - huge: megabyte strings and keys, 100,000-element arrays, objects with 10,000 keys
 * - deep: 1,000–10,000 levels of nesting, as JSON text
 * - exotic: what structured clone can carry and JSON cannot (a cycle, a Map, a BigInt, NaN) or what no
 *   transport carries but the dispatcher promises to survive (a getter that throws, a Proxy) — dispatcher only
 * - wrongMethod: names that are not calls (made up, near misses, with dots, slashes, unicode, prototype
 *   names, very long, not strings at all)
 * - developerCall: a developer-only call sent to a backend that has not mounted them
 */
export const messageKinds = [
  'valid',
  'mutated',
  'random',
  'prototype',
  'huge',
  'deep',
  'exotic',
  'wrongMethod',
  'developerCall',
] as const;
export type MessageKind = (typeof messageKinds)[number];

export interface Message {
  readonly index: number;
  readonly kind: MessageKind;
  readonly method: unknown;
  /** The payload as the dispatcher receives it. For text messages: JSON.parse(text), made on demand. */
  payload(): unknown;
  /** JSON text of the payload for the web host (undefined: cannot travel as JSON, or no body at all). */
  readonly text: string | undefined;
  /** Short, printable: what was done to which field. Never the payload. */
  readonly label: string;
  /** Strings of 100+ characters the sender wrote: a refusal must not repeat any of them. */
  readonly longInputs: readonly string[];
  /**
   * The payload throws when it is read (a getter, a Proxy): no transport can carry one, and the dispatcher
   * may answer internalError for it (ARCHITECTURE.md 'Dispatch': it must only not escape).
   */
  readonly throwsWhenRead?: boolean;
}

export type Weights = Readonly<Partial<Record<MessageKind, number>>>;

export const dispatcherWeights: Weights = {
  valid: 26,
  mutated: 30,
  random: 8,
  prototype: 9,
  huge: 2.5,
  deep: 2.5,
  exotic: 5,
  wrongMethod: 11,
  developerCall: 6,
};

export interface MessageProfile {
  /** Calls this backend has mounted (for the valid, mutated… kinds). */
  readonly callable: readonly string[];
  /** Developer-only calls the backend has not mounted (developerCall kind); empty = none. */
  readonly unmounted: readonly string[];
  /** JSON only (web host): no exotic values, payloads exist as text. */
  readonly jsonOnly: boolean;
  readonly weights: Weights;
}

export const productionNames = Object.keys(productionMethods);
export const developerNames = Object.keys(developerMethods);
export const allNames = Object.keys(methods);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = ReadonlyArray<string | number>;

export class MessageFactory {
  readonly seen = new SeenValues();
  private readonly arbitraries = new Map<string, fc.Arbitrary<unknown>>();
  private readonly whole = wholeRequests();
  private readonly hints = contractHints(this.seen);

  constructor(readonly seed: number) {}

  /** Message `index` of this run for `profile`: the same on every run with the same seed. */
  make(index: number, profile: MessageProfile): Message {
    const rng = new Rng(this.seed, index);
    const weights = { ...profile.weights };
    if (profile.jsonOnly) delete weights.exotic;
    if (profile.unmounted.length === 0) delete weights.developerCall;
    const kind = rng.weighted(weights as Record<MessageKind, number>);
    const build = (): Omit<Message, 'index' | 'kind'> => {
      switch (kind) {
        case 'valid':
          return this.valid(rng, profile);
        case 'mutated':
          return this.mutated(rng, profile);
        case 'random':
          return this.random(rng, profile);
        case 'prototype':
          return this.prototype(rng, profile);
        case 'huge':
          return this.huge(rng, profile);
        case 'deep':
          return this.deep(rng, profile);
        case 'exotic':
          return this.exotic(rng, profile);
        case 'wrongMethod':
          return this.wrongMethod(rng, profile);
        case 'developerCall': {
          const method = rng.pick(profile.unmounted);
          return { ...valueMessage(method, this.validPayload(rng, method), 'developer-only call, not mounted') };
        }
      }
    };
    return { index, kind, ...build() };
  }

  /** A schema-derived request for `method` (sometimes one of the realistic whole requests). */
  validPayload(rng: Rng, method: string): Json {
    const whole = this.whole[method];
    const arbitrary = whole && rng.chance(0.6) ? whole : this.arbitraryFor(method);
    return tame(fc.sample(arbitrary, { seed: rng.next() | 0, numRuns: 1 })[0] as Json);
  }

  private arbitraryFor(method: string): fc.Arbitrary<unknown> {
    let arbitrary = this.arbitraries.get(method);
    if (!arbitrary) {
      const spec = (methods as Record<string, { request: Parameters<typeof requestJsonSchema>[0] }>)[method];
      arbitrary = spec ? arbitraryFromSchema(requestJsonSchema(spec.request), this.hints, caps) : fc.constant({});
      this.arbitraries.set(method, arbitrary);
    }
    return arbitrary;
  }

  private valid(rng: Rng, profile: MessageProfile) {
    const method = rng.pick(profile.callable);
    return valueMessage(method, this.validPayload(rng, method), 'schema-derived');
  }

  private mutated(rng: Rng, profile: MessageProfile) {
    const method = rng.pick(profile.callable);
    const base = this.validPayload(rng, method);
    const mutation = rng.pick(mutations);
    const { value, label, text } = mutation(rng, base, profile.jsonOnly);
    if (text !== undefined) return textMessage(method, text, `mutated: ${label}`);
    return valueMessage(method, tame(value), `mutated: ${label}`);
  }

  private random(rng: Rng, profile: MessageProfile) {
    const method = rng.pick(profile.callable);
    const arbitrary = profile.jsonOnly
      ? fc.jsonValue({ maxDepth: 4 })
      : fc.anything({ maxDepth: 4, withBigInt: false, withNullPrototype: true, withSparseArray: true });
    const roll = rng.int(10);
    if (roll === 0) return valueMessage(method, undefined, 'random: no payload');
    const value = fc.sample(arbitrary, { seed: rng.next() | 0, numRuns: 1 })[0];
    return valueMessage(method, tame(value as Json), `random: ${describeShape(value)}`);
  }

  private prototype(rng: Rng, profile: MessageProfile) {
    const method = rng.pick(profile.callable);
    const base = this.validPayload(rng, method);
    const key = rng.pick(['__proto__', 'constructor', 'prototype', '__proto__', 'constructor'] as const);
    // Own properties named __proto__ exist only when parsed from text: the poison is written as text.
    const poisonText = rng.pick([
      '{"polluted":"yes"}',
      '{"isAdmin":true,"ok":true,"developerMode":true}',
      '{"prototype":{"polluted":"yes"}}',
      '{"__proto__":{"polluted":"yes"}}',
      '{"constructor":{"prototype":{"polluted":"yes"}}}',
      'null',
      '"polluted"',
      '[{"polluted":"yes"}]',
    ]);
    if (rng.chance(0.2)) {
      // The whole valid message hidden behind a prototype key: the fields exist only if someone follows it.
      const text = `{"${key}":${JSON.stringify(base)}}`;
      return textMessage(method, text, `prototype: whole request under ${key}`);
    }
    const objects = paths(base).filter((p) => isPlainObject(get(base, p.path)));
    const target = objects.length > 0 ? rng.pick(objects).path : [];
    const withMarker = setAt(base, target, { ...(get(base, target) as object), [MARK_KEY]: 0 }) as Json;
    const text = JSON.stringify(withMarker).replace(MARK_TEXT, () => `"${key}":${poisonText}`);
    return textMessage(method, text, `prototype: ${key} at ${showPath(target)}`);
  }

  private huge(rng: Rng, profile: MessageProfile) {
    const method = rng.pick(profile.callable);
    const base = this.validPayload(rng, method);
    const variant = rng.int(6);
    const marker = `FUZZ-${(rng.next() >>> 0).toString(36)}-`;
    const megabytes = rng.pick(profile.jsonOnly ? [0.5, 0.9, 1.2, 2] : [0.9, 1, 2, 3]);
    const big = (chars: number) => marker + 'x'.repeat(Math.max(0, chars - marker.length));
    const stringTargets = paths(base).filter((p) => typeof get(base, p.path) === 'string');
    const arrayTargets = paths(base).filter((p) => Array.isArray(get(base, p.path)));
    switch (variant) {
      case 0: {
        const target = stringTargets.length > 0 ? rng.pick(stringTargets).path : ['pad'];
        const value = big(megabytes * 1024 * 1024);
        return valueMessage(method, setAt(base, target, value), `huge: ${megabytes} MB string at ${showPath(target)}`, [
          value,
        ]);
      }
      case 1: {
        const target = arrayTargets.length > 0 ? rng.pick(arrayTargets).path : ['list'];
        const element = rng.pick<Json>([0, 'x', null, {}, [1]]);
        const value = Array.from({ length: 100_000 }, () => element);
        return valueMessage(method, setAt(base, target, value), `huge: 100,000-element array at ${showPath(target)}`);
      }
      case 2: {
        const key = big(rng.pick([900 * 1024, 64 * 1024, 4096]));
        const objects = paths(base).filter((p) => isPlainObject(get(base, p.path)));
        const target = objects.length > 0 ? rng.pick(objects).path : [];
        const holder = { ...(get(base, target) as object), [key]: 1 };
        return valueMessage(
          method,
          setAt(base, target, holder),
          `huge: ${Math.round(key.length / 1024)} KB key at ${showPath(target)}`,
          [key],
        );
      }
      case 3: {
        const extra: Record<string, Json> = {};
        for (let i = 0; i < 10_000; i += 1) extra[`${marker}${i}`] = i;
        const value = isPlainObject(base) ? { ...(base as object), ...extra } : extra;
        return valueMessage(method, value as Json, 'huge: 10,000 unknown keys');
      }
      case 4: {
        const target = stringTargets.length > 0 ? rng.pick(stringTargets).path : ['n'];
        const value = '9'.repeat(100_000);
        return valueMessage(
          method,
          setAt(base, target, value),
          `huge: 100,000-digit number string at ${showPath(target)}`,
          [value],
        );
      }
      default: {
        const target = arrayTargets.length > 0 ? rng.pick(arrayTargets).path : ['list'];
        const value = Array.from({ length: 100_000 }, (_, i) => ({ [`k${i % 7}`]: i }));
        return valueMessage(method, setAt(base, target, value as Json), `huge: 100,000 objects at ${showPath(target)}`);
      }
    }
  }

  private deep(rng: Rng, profile: MessageProfile) {
    const method = rng.pick(profile.callable);
    const base = this.validPayload(rng, method);
    const depth = rng.pick([1_000, 5_000, 10_000, 10_000]);
    const form = rng.int(3);
    const nested =
      form === 0
        ? '['.repeat(depth) + ']'.repeat(depth)
        : form === 1
          ? '{"a":'.repeat(depth) + 'null' + '}'.repeat(depth)
          : '[{"a":'.repeat(depth / 2) + '0' + '}]'.repeat(depth / 2);
    const shape = ['arrays', 'objects', 'mixed'][form] ?? 'mixed';
    if (rng.chance(0.25)) return textMessage(method, nested, `deep: ${depth} levels of ${shape} as the payload`);
    const targets = paths(base).filter((p) => p.path.length > 0);
    const target = targets.length > 0 && rng.chance(0.7) ? rng.pick(targets).path : ['nested'];
    const text = JSON.stringify(setAt(base, target, PLACEHOLDER)).replace(JSON.stringify(PLACEHOLDER), () => nested);
    return textMessage(method, text, `deep: ${depth} levels of ${shape} at ${showPath(target)}`);
  }

  private exotic(rng: Rng, profile: MessageProfile) {
    const method = rng.pick(profile.callable);
    const base = this.validPayload(rng, method) as unknown;
    const variant = rng.pick(exoticValues);
    const targets = paths(base as Json);
    const target = targets.length > 0 && rng.chance(0.8) ? rng.pick(targets).path : [];
    const payload = target.length === 0 ? variant.make(base) : setAt(base as Json, target, variant.make(base) as Json);
    return {
      method,
      payload: () => payload,
      text: undefined,
      label: `exotic: ${variant.name} at ${showPath(target)}`,
      longInputs: [],
      throwsWhenRead: variant.name.includes('throws'),
    };
  }

  private wrongMethod(rng: Rng, profile: MessageProfile) {
    const real = rng.pick(allNames);
    const make = rng.pick(wrongNames);
    const method = make(rng, real, profile.jsonOnly);
    const payload = rng.chance(0.5) ? this.validPayload(rng, real) : {};
    const shown = typeof method === 'string' ? `${method.length} chars` : typeof method;
    return valueMessage(
      method,
      payload,
      `wrong method (${make.name}, ${shown})`,
      typeof method === 'string' ? [method] : [],
    );
  }
}

const MARK_KEY = '\u0000fuzz-mark\u0000';
const MARK_TEXT = `${JSON.stringify(MARK_KEY)}:0`;
const PLACEHOLDER = '\u0000FUZZ-DEEP\u0000';

function valueMessage(
  method: unknown,
  value: unknown,
  label: string,
  long: readonly string[] = [],
): Omit<Message, 'index' | 'kind'> {
  let text: string | undefined;
  try {
    text = value === undefined ? undefined : JSON.stringify(value);
  } catch {
    text = undefined;
  }
  const longInputs = [...new Set([...long, ...longStrings(value)])].filter((s) => s.length >= 100);
  return { method, payload: () => value, text, label, longInputs };
}

/** Strings and keys of 100+ characters in a payload (a bounded look: the first nodes of each array). */
function longStrings(value: unknown): string[] {
  const out: string[] = [];
  let budget = 400;
  const walk = (node: unknown, depth: number) => {
    if (budget-- <= 0 || depth > 8) return;
    if (typeof node === 'string') {
      if (node.length >= 100) out.push(node);
    } else if (Array.isArray(node)) {
      for (const inner of node.slice(0, 20)) walk(inner, depth + 1);
    } else if (isPlainObject(node)) {
      for (const [key, inner] of Object.entries(node).slice(0, 50)) {
        if (key.length >= 100) out.push(key);
        walk(inner, depth + 1);
      }
    }
  };
  walk(value, 0);
  return out;
}

function textMessage(method: unknown, text: string, label: string): Omit<Message, 'index' | 'kind'> {
  let parsed: { value: unknown } | undefined;
  return {
    method,
    payload: () => (parsed ??= { value: JSON.parse(text) as unknown }).value,
    text,
    label,
    longInputs: [],
  };
}

/** Keeps every message's waits short (see hints.ts caps); the contract allows minutes. */
export function tame<T>(value: T, depth = 0): T {
  if (depth > 3 || value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const record = value as Record<string, unknown>;
  for (const [key, limit] of Object.entries(SLOW_FIELD_LIMITS)) {
    const inner = record[key];
    if (typeof inner === 'number' && Number.isFinite(inner) && inner > limit) record[key] = limit;
  }
  for (const inner of Object.values(record)) if (typeof inner === 'object') tame(inner, depth + 1);
  return value;
}

// ---------------------------------------------------------------------------------------------------------
// Mutations of a valid message: one thing wrong.

interface Mutated {
  value: Json;
  label: string;
  text?: string;
}
type Mutation = (rng: Rng, base: Json, jsonOnly: boolean) => Mutated;

const unicodeSamples = [
  '\u202Eevil\u202C',
  'a\u200Bb\u200Dc\uFEFF',
  'e\u0301\u0301\u0301',
  '👨‍👩‍👧‍👦',
  '\uD800',
  '\uDFFF\uD800',
  '\u0000',
  '𠮷野家',
  'ＡＢＣ１２３',
  'İıſK',
  '\u180E\u2028\u2029',
  '\u0627\u0644\u0639\u0631\u0628\u064A\u0629',
  '߷',
];

const nanLike = [
  'NaN',
  'Infinity',
  '-Infinity',
  '1e309',
  '-1e309',
  '0x1F',
  '1_000',
  ' 42 ',
  '+1',
  '-0',
  '٣',
  '1e-400',
  '١٢٣',
  'null',
  'undefined',
  'true',
  '[]',
  '{}',
];

const retypes: Json[] = [null, true, false, 0, -1, 1.5, '', 'x', [], {}, [null], { '': 0 }, '0', 'false'];

const boundaryLengths = [
  0, 1, 5, 6, 17, 18, 19, 35, 36, 37, 40, 41, 43, 44, 60, 61, 64, 65, 80, 81, 128, 129, 500, 501, 2000, 2001, 4096,
  4097,
];

const numberEdges = [
  0,
  -0,
  -1,
  -1000,
  0.5,
  -0.5,
  2 ** 31,
  -(2 ** 31),
  2 ** 53,
  2 ** 53 + 2,
  -(2 ** 53) - 2,
  1e308,
  -1e308,
  5e-324,
  120_001,
  600_001,
  1_000_000_000,
];

const fullWidth = (s: string) => s.replace(/[0-9A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

const mutations: Mutation[] = [
  function dropField(rng, base) {
    const objects = paths(base).filter(
      (p) => isPlainObject(get(base, p.path)) && Object.keys(get(base, p.path) as object).length > 0,
    );
    if (objects.length === 0) return { value: null, label: 'payload replaced by null' };
    const at = rng.pick(objects).path;
    const key = rng.pick(Object.keys(get(base, at) as object));
    return { value: deleteAt(base, [...at, key]), label: `drop ${showPath([...at, key])}` };
  },
  function addField(rng, base) {
    const objects = paths(base).filter((p) => isPlainObject(get(base, p.path)));
    const at = objects.length > 0 ? rng.pick(objects).path : [];
    const key = rng.pick([
      'extra',
      'toString',
      'hasOwnProperty',
      '',
      ' ',
      'ok',
      'developerMode',
      'a'.repeat(300),
      rng.pick(unicodeSamples),
      'token',
      'sessionId',
    ]);
    const value = rng.pick(retypes);
    const holder = { ...(isPlainObject(get(base, at)) ? (get(base, at) as object) : {}), [key]: value };
    return { value: setAt(base, at, holder), label: `add key (${key.length} chars) at ${showPath(at)}` };
  },
  function retype(rng, base) {
    const targets = paths(base);
    const at = targets.length > 0 ? rng.pick(targets).path : [];
    const value = rng.pick(retypes);
    return { value: setAt(base, at, value), label: `retype ${showPath(at)} to ${describeShape(value)}` };
  },
  function boundaryLength(rng, base) {
    const strings = paths(base).filter((p) => typeof get(base, p.path) === 'string');
    const at = strings.length > 0 ? rng.pick(strings).path : ['text'];
    const length = rng.pick(boundaryLengths);
    const old = get(base, at);
    const seed = typeof old === 'string' && old.length > 0 ? old : 'a';
    const value = seed.repeat(Math.ceil(length / seed.length) + 1).slice(0, length);
    return { value: setAt(base, at, value), label: `length ${length} at ${showPath(at)}` };
  },
  function unicode(rng, base) {
    const strings = paths(base).filter((p) => typeof get(base, p.path) === 'string');
    const at = strings.length > 0 ? rng.pick(strings).path : ['text'];
    const old = get(base, at);
    const sample = rng.pick(unicodeSamples);
    const value = typeof old === 'string' && rng.chance(0.5) ? old.slice(0, 3) + sample + old.slice(3) : sample;
    return { value: setAt(base, at, value), label: `unicode at ${showPath(at)}` };
  },
  function fullWidthDigits(rng, base) {
    const targets = paths(base).filter((p) => ['string', 'number'].includes(typeof get(base, p.path)));
    const at = targets.length > 0 ? rng.pick(targets).path : ['text'];
    const value = fullWidth(String(get(base, at) ?? '20250101'));
    return { value: setAt(base, at, value), label: `full-width digits at ${showPath(at)}` };
  },
  function nanLikeString(rng, base) {
    const targets = paths(base).filter((p) => ['string', 'number'].includes(typeof get(base, p.path)));
    const at = targets.length > 0 ? rng.pick(targets).path : ['n'];
    const value = rng.pick(nanLike);
    return { value: setAt(base, at, value), label: `NaN-like string at ${showPath(at)}` };
  },
  function numberEdge(rng, base, jsonOnly) {
    const numbers = paths(base).filter((p) => typeof get(base, p.path) === 'number');
    const at = numbers.length > 0 ? rng.pick(numbers).path : rng.pick(paths(base).concat({ path: ['n'] })).path;
    const pool = jsonOnly ? numberEdges : [...numberEdges, Number.NaN, Infinity, -Infinity];
    const value = rng.pick(pool);
    return { value: setAt(base, at, value as Json), label: `number ${String(value)} at ${showPath(at)}` };
  },
  function negative(rng, base) {
    const targets = paths(base).filter((p) => ['string', 'number'].includes(typeof get(base, p.path)));
    const at = targets.length > 0 ? rng.pick(targets).path : ['n'];
    const old = get(base, at);
    const value = typeof old === 'number' ? -Math.abs(old) - 1 : `-${String(old ?? 1)}`;
    return { value: setAt(base, at, value), label: `negative at ${showPath(at)}` };
  },
  function caseAndSpace(rng, base) {
    const strings = paths(base).filter((p) => typeof get(base, p.path) === 'string');
    const at = strings.length > 0 ? rng.pick(strings).path : ['text'];
    const old = String(get(base, at) ?? 'x');
    const value = rng.pick([
      old.toUpperCase(),
      old.toLowerCase(),
      ` ${old}`,
      `${old} `,
      `${old}\n`,
      `${old}\u0000`,
      `\t${old}`,
    ]);
    return { value: setAt(base, at, value), label: `case or whitespace at ${showPath(at)}` };
  },
  function wrap(rng, base) {
    const targets = paths(base);
    const at = targets.length > 0 ? rng.pick(targets).path : [];
    const old = (get(base, at) ?? null) as Json;
    const value: Json = rng.chance(0.5) ? [old] : { value: old };
    return { value: setAt(base, at, value), label: `wrapped ${showPath(at)}` };
  },
  function duplicateKey(rng, base) {
    // JSON text with one key twice: the second wins in JSON.parse; a schema must see what was parsed.
    const objects = paths(base).filter(
      (p) => isPlainObject(get(base, p.path)) && Object.keys(get(base, p.path) as object).length > 0,
    );
    if (objects.length === 0) return { value: base, label: 'no object to duplicate a key in' };
    const at = rng.pick(objects).path;
    const key = rng.pick(Object.keys(get(base, at) as object));
    const holder = { [MARK_KEY]: 0, ...(get(base, at) as object) };
    const duplicate = `${JSON.stringify(key)}:${JSON.stringify(rng.pick(retypes))}`;
    const text = JSON.stringify(setAt(base, at, holder)).replace(MARK_TEXT, () => duplicate);
    return { value: base, text, label: `duplicate key ${showPath([...at, key])}` };
  },
  function emptyPayload(rng) {
    const value = rng.pick<Json>([{}, [], null, '', 0, false, 'app.info']);
    return { value, label: `payload ${describeShape(value)}` };
  },
];

// ---------------------------------------------------------------------------------------------------------
// Exotic values (dispatcher only).

const exoticValues: ReadonlyArray<{ name: string; make: (base: unknown) => unknown }> = [
  {
    name: 'a cycle',
    make: (base) => {
      const cyclic: Record<string, unknown> = { ...(isPlainObject(base) ? (base as object) : {}) };
      cyclic.self = cyclic;
      return cyclic;
    },
  },
  {
    name: 'a cycle through a known field',
    make: (base) => {
      const cyclic: Record<string, unknown> = { ...(isPlainObject(base) ? (base as object) : {}) };
      for (const key of Object.keys(cyclic)) cyclic[key] = cyclic;
      return cyclic;
    },
  },
  { name: 'a Map', make: () => new Map([['a', 1]]) },
  { name: 'a Set', make: () => new Set([1, 2]) },
  { name: 'a Date', make: () => new Date(Number.NaN) },
  { name: 'a BigInt', make: () => 10n ** 30n },
  { name: 'a Uint8Array', make: () => new Uint8Array([1, 2, 3]) },
  { name: 'a sparse array', make: () => [1, , 3] },
  { name: 'NaN', make: () => Number.NaN },
  { name: '-Infinity', make: () => -Infinity },
  {
    name: 'a null-prototype object',
    make: (base) => Object.assign(Object.create(null) as object, isPlainObject(base) ? base : {}),
  },
  {
    name: 'a getter that throws',
    make: (base) =>
      Object.defineProperty({ ...(isPlainObject(base) ? (base as object) : {}) }, 'boom', {
        enumerable: true,
        get() {
          throw new Error('getter');
        },
      }),
  },
  {
    name: 'a getter on a known field that throws',
    make: (base) => {
      const copy: Record<string, unknown> = { ...(isPlainObject(base) ? (base as object) : {}) };
      for (const key of Object.keys(copy).slice(0, 1))
        Object.defineProperty(copy, key, {
          enumerable: true,
          get() {
            throw new Error('getter');
          },
        });
      return copy;
    },
  },
  {
    name: 'a Proxy that throws on every trap',
    make: () =>
      new Proxy(
        {},
        {
          get: () => {
            throw new Error('proxy');
          },
          has: () => {
            throw new Error('proxy');
          },
          ownKeys: () => {
            throw new Error('proxy');
          },
          getOwnPropertyDescriptor: () => {
            throw new Error('proxy');
          },
          getPrototypeOf: () => {
            throw new Error('proxy');
          },
        },
      ),
  },
  { name: 'a symbol key', make: (base) => ({ ...(isPlainObject(base) ? (base as object) : {}), [Symbol('s')]: 1 }) },
  { name: 'a function', make: () => () => 1 },
  { name: 'an Error', make: () => new Error('e') },
  {
    name: 'a toJSON that throws',
    make: (base) => ({
      ...(isPlainObject(base) ? (base as object) : {}),
      toJSON() {
        throw new Error('toJSON');
      },
    }),
  },
  { name: 'a boxed string', make: () => new String('app.info') },
  { name: 'a 1e6-length sparse array', make: () => Object.assign([], { length: 1_000_000 }) },
];

// ---------------------------------------------------------------------------------------------------------
// Wrong method names.

type WrongName = (rng: Rng, real: string, jsonOnly: boolean) => unknown;

const wrongNames: WrongName[] = [
  function madeUp(rng) {
    return fc.sample(fc.string({ maxLength: 30, unit: rng.chance(0.5) ? 'grapheme' : 'binary' }), {
      seed: rng.next() | 0,
      numRuns: 1,
    })[0];
  },
  function dotted(rng) {
    return `${rng.pick(['app', 'admin', 'devices', 'x', ''])}.${rng.pick(['info', 'sim', 'reset', 'shutdown', '', '.'])}${rng.chance(0.3) ? '.x' : ''}`;
  },
  function nearMiss(rng, real) {
    return rng.pick([
      `${real} `,
      ` ${real}`,
      `${real}\n`,
      `${real}\u0000`,
      `${real}.`,
      `.${real}`,
      `${real}/`,
      real.toUpperCase(),
      real.replace('.', '．'),
      real.replace('.', '/'),
      real.replace('.', '..'),
      real.replace('a', 'а'), // Cyrillic a
      `${real}?x=1`,
      `${real}#`,
      `${real}\u200B`,
    ]);
  },
  function prototypeName(rng) {
    return rng.pick([
      '__proto__',
      'constructor',
      'prototype',
      'toString',
      'hasOwnProperty',
      'valueOf',
      '__defineGetter__',
      'isPrototypeOf',
      'toLocaleString',
      'propertyIsEnumerable',
      '__lookupGetter__',
    ]);
  },
  function pathLike(rng, real) {
    return rng.pick([
      `../${real}`,
      `../../etc/passwd`,
      `${real}/../app.info`,
      '/',
      '//',
      '\\',
      `app\\info`,
      '%2e%2e',
      'app%2Einfo',
      `./${real}`,
    ]);
  },
  function unicodeName(rng) {
    return rng.pick(['应用.信息', 'app.信息', '👀.👀', 'app\u202E.info', '\uD800.x', 'ａｐｐ．ｉｎｆｏ', 'ǻpp.info']);
  },
  function longName(rng) {
    return `${rng.pick(['app.info', 'x'])}${'.a'.repeat(rng.pick([40, 500, 5_000, 50_000]))}`;
  },
  function emptyName() {
    return '';
  },
  function notAString(rng, _real, jsonOnly) {
    // Over HTTP the name is a path segment and always a string; the dispatcher takes anything.
    if (jsonOnly) return 'null';
    return rng.pick<unknown>([
      42,
      null,
      undefined,
      {},
      ['app.info'],
      true,
      Symbol('app.info'),
      new String('app.info'),
      { toString: () => 'app.info' },
    ]);
  },
];

// ---------------------------------------------------------------------------------------------------------
// Plain JSON tree helpers.

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

interface Located {
  readonly path: Path;
}

/** Every node of a JSON value (bounded), with its path; the root is []. */
function paths(value: Json, limit = 200): Located[] {
  const out: Located[] = [];
  const walk = (node: unknown, path: Path, depth: number) => {
    if (out.length >= limit || depth > 8) return;
    out.push({ path });
    if (Array.isArray(node)) node.slice(0, 20).forEach((inner, i) => walk(inner, [...path, i], depth + 1));
    else if (isPlainObject(node))
      for (const [key, inner] of Object.entries(node)) walk(inner, [...path, key], depth + 1);
  };
  walk(value, [], 0);
  return out;
}

function get(value: unknown, path: Path): unknown {
  let node = value;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

/** A copy of `value` with the node at `path` replaced (objects along the way are created). */
function setAt(value: Json, path: Path, replacement: Json): Json {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path as [string | number, ...Array<string | number>];
  if (Array.isArray(value) && typeof head === 'number') {
    const copy = [...value];
    copy[head] = setAt(value[head] ?? null, rest, replacement);
    return copy;
  }
  const base = isPlainObject(value) ? value : {};
  const copy: Record<string, Json> = { ...base };
  Object.defineProperty(copy, head, {
    value: setAt((base as Record<string, Json>)[head] ?? null, rest, replacement),
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return copy;
}

function deleteAt(value: Json, path: Path): Json {
  const parent = path.slice(0, -1);
  const key = path[path.length - 1];
  const holder = get(value, parent);
  if (Array.isArray(holder))
    return setAt(
      value,
      parent,
      holder.filter((_, i) => i !== key),
    );
  if (!isPlainObject(holder) || key === undefined) return value;
  const copy = { ...(holder as Record<string, Json>) };
  delete copy[key];
  return setAt(value, parent, copy);
}

function showPath(path: Path): string {
  if (path.length === 0) return '(root)';
  return path
    .map((p) => (typeof p === 'number' ? `[${p}]` : p.length > 24 ? `${p.slice(0, 12)}…(${p.length})` : p))
    .join('.');
}

export function describeShape(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `array(${value.length})`;
  if (typeof value === 'string') return `string(${value.length})`;
  if (typeof value === 'object') return `object(${Object.keys(value).length} keys)`;
  return typeof value;
}
