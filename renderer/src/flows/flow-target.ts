import { flowKindSpecs, type Screen, screensFor } from '../../../shared/catalog/flow-kinds.js';
import { resolvePackage, resolveSituation } from '../../../shared/catalog/resolve-situation.js';
import type {
  Answers,
  Catalog,
  FlowKind,
  FormField,
  Item,
  LocalizedText,
  Material,
  Package,
  Situation,
} from '../../../shared/catalog/schema.js';

/** What applies for the answers so far, for an item or a whole package alike. */
export interface TargetResolution {
  readonly questions: readonly Situation[];
  readonly unanswered: readonly Situation[];
  readonly complete: boolean;
  readonly materials: readonly Material[];
  readonly fields: readonly FormField[];
}

/**
 * The thing a citizen is doing: one item, or a package (一件事) that behaves as one application with one
 * notice, one form and one set of materials. Screens only talk to this, never to the catalog shapes.
 */
export interface FlowTarget {
  readonly kind: 'item' | 'package';
  readonly code: string;
  readonly name: LocalizedText;
  readonly flow: FlowKind;
  readonly screens: readonly Screen[];
  /** All its situation questions in their own order, whether they apply yet or not. */
  readonly questions: readonly Situation[];
  readonly identityRequired: boolean;
  /** The item itself (for an item target) or the package (for a package target). */
  readonly item?: Item;
  readonly package?: Package;
  resolve(answers: Answers): TargetResolution;
}

export function itemTarget(item: Item): FlowTarget {
  return {
    kind: 'item',
    code: item.code,
    name: item.name,
    flow: item.flow,
    screens: screensFor(item),
    questions: item.situations,
    identityRequired: item.identity === 'required',
    item,
    resolve: (answers) => resolveSituation(item, answers),
  };
}

export function packageTarget(pkg: Package, catalog: Pick<Catalog, 'items'>): FlowTarget {
  const resolve = (answers: Answers): TargetResolution => {
    const r = resolvePackage(pkg, catalog, answers);
    return {
      questions: r.questions,
      unanswered: r.unanswered,
      complete: r.complete,
      materials: r.materials.map((m) => m.material),
      fields: r.fields.map((f) => f.field),
    };
  };
  const all = resolve({});
  const hasCommitment = all.materials.some((m) => m.satisfiedBy.some((s) => s.kind === 'commitment'));
  // A package is one application: the apply screens, minus those it has no data for. The declaration is
  // always signed, on the commitment page (which takes the signature), so there is no signing page of its own.
  const screens = flowKindSpecs.apply.screens.filter((screen) => {
    if (screen === 'sign') return false;
    if (screen === 'situations') return pkg.situations.length > 0;
    if (screen === 'materials') return all.materials.length > 0 || hasCommitment;
    return true;
  });
  return {
    kind: 'package',
    code: pkg.code,
    name: pkg.name,
    flow: 'apply',
    screens,
    questions: pkg.situations,
    identityRequired: true,
    package: pkg,
    resolve,
  };
}
