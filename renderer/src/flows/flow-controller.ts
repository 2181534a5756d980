import type { Dispatch } from 'react';
import type { FieldValue } from '../../../shared/catalog/schema.js';
import type { FlowAction, FlowState } from './flow-state.js';
import type { Step } from './flow-steps.js';
import type { FlowTarget, TargetResolution } from './flow-target.js';

/** What every flow screen gets: the target, the state, the pages, and the moves a screen may make. */
export interface FlowController {
  readonly target: FlowTarget;
  /** The flow's state, with the known answers among the answers. */
  readonly state: FlowState;
  readonly steps: readonly Step[];
  readonly step: Step;
  readonly resolution: TargetResolution;
  /** Values known without asking (ID card, answers, locked prefills), shown on the check page. */
  readonly known: Readonly<Record<string, FieldValue>>;
  /** Answers the kiosk knows without asking (catalog `answeredBy`), already in `state.answers`; shown without 修改. */
  readonly knownAnswers: Readonly<Record<string, string>>;
  readonly dispatch: Dispatch<FlowAction>;
  /** 继续: the next page, or back to the check page after 修改 once nothing new needs asking. */
  next(): void;
  /** 返回: the page before. On the first page it leaves the flow. */
  back(): void;
  /** 修改 on the check page: open a page and come back to the check page after it. */
  change(key: string): void;
  /** 首页: leave the item (a confirmation dialog protects what was entered). */
  home(): void;
  /** The flow is done (after 请取走您的身份证): end the session with a wipe. */
  finish(): void;
}
