import { useEffect, useRef } from 'react';
import { useKiosk } from '../../../context/kiosk-context.js';
import type { FlowState } from '../../../flows/flow-state.js';
import { applyKeys, flag, submissionOf } from '../steps/apply-outcome.js';

/**
 * However the flow ends — finished, 首页, or the idle wipe that remounts the session — an application whose
 * receipt never printed is released, so the outbox may purge its personal data once delivered instead of
 * holding it for the whole retention period. Releasing is idempotent in the outbox.
 */
export function useReleaseReceiptOnLeave(state: FlowState): void {
  const { client } = useKiosk();
  const latest = useRef(state);
  latest.current = state;
  useEffect(
    () => () => {
      const submission = submissionOf(latest.current);
      if (submission && !flag(latest.current, applyKeys.receiptPrinted)) {
        void client.call('submission.releaseReceipt', { localNumber: submission.localNumber });
      }
    },
    [client],
  );
}
