import { CheckSquare, Square } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../../../../../shared/catalog/schema.js';
import { useRowsPerPage } from '../../../context/preferences-context.js';
import { Button } from '../../../components/Button.js';
import { ErrorSummary } from '../../../components/ErrorSummary.js';
import { Notice } from '../../../components/Notice.js';
import { Pager } from '../../../components/Pager.js';
import { ScreenLayout } from '../../../components/ScreenLayout.js';
import type { FlowController } from '../../../flows/flow-controller.js';
import { stepNumber } from '../../../flows/flow-steps.js';
import { useLocalized } from '../../../i18n/use-localized.js';
import { applyKeys } from '../steps/apply-outcome.js';
import { chosenCommitments } from './materials-logic.js';
import { useSpeakOnEnter } from '../steps/use-speak-on-enter.js';
import { SIGNATURE_PAD_ID, SignatureField } from './SignatureField.js';
import { useSignature } from './use-signature.js';
import './CommitmentScreen.css';

const ACCEPT_ID = 'commitment-accept';

/**
 * 告知承诺 (ARCHITECTURE.md, 'The UI'): each commitment chosen instead of a material states the obligation, the
 * content and the liability; then the applicant's declaration and an explicit "我承诺" that is never ticked for
 * them; then, on the same page, the signature that confirms it (one page fewer than signing on its own). Once
 * ticked, the texts give way to a short summary and the pad, so the page fits at arm's length; unticking shows
 * them again.
 */
export function CommitmentScreen({ flow }: { flow: FlowController }) {
  const { t } = useTranslation();
  const l = useLocalized();
  const [accepted, setAccepted] = useState(flow.state.committed);
  const [error, setError] = useState<'accept' | 'sign' | undefined>();
  const signature = useSignature(flow);
  const commitments = chosenCommitments(flow.resolution.materials, flow.state.materials);
  const declaration = flow.target.item?.declaration ?? flow.target.package?.declaration;

  useSpeakOnEnter(t('apply.commitment.spoken'));

  const submit = async () => {
    if (!accepted) return setError('accept');
    const result = await signature.save();
    if (result === 'busy') return;
    // The signature's error stays from this 继续 to the next: taking it away mid-stroke would move the pad.
    setError(result === 'empty' ? 'sign' : undefined);
    if (result !== 'signed') return;
    flow.dispatch({ type: 'committed', committed: true });
    flow.dispatch({ type: 'outcome', key: applyKeys.committedAt, value: new Date().toISOString() });
    flow.next();
  };
  const errors =
    error === 'accept'
      ? [{ fieldId: ACCEPT_ID, message: t('apply.commitment.required') }]
      : error === 'sign'
        ? [{ fieldId: SIGNATURE_PAD_ID, message: t('apply.sign.required') }]
        : [];

  return (
    <ScreenLayout
      screenId="commitment"
      title={t('apply.commitment.title')}
      caption={l(flow.target.name)}
      step={stepNumber(flow.steps, flow.step.key)}
      onBack={flow.back}
      onHome={flow.home}
      actions={
        <Button variant="primary" data-action="continue" onClick={() => void submit()} disabled={signature.busy}>
          {signature.saveFailed ? t('common.retry') : t('common.continue')}
        </Button>
      }
    >
      <ErrorSummary errors={errors} />
      {accepted ? (
        <section className="k-commitment k-commitment--summary" data-commitment-summary>
          <h3>{t('apply.commitment.summaryTitle')}</h3>
          <p>
            {[
              ...commitments.map(({ material }) => t('apply.commitment.forMaterial', { name: l(material.name) })),
              ...(declaration ? [t('apply.commitment.declarationTitle')] : []),
            ].join(t('common.listSeparator'))}
          </p>
        </section>
      ) : (
        <>
          {error === undefined ? <p className="k-hint">{t('apply.commitment.intro')}</p> : null}
          <CommitmentTexts commitments={commitments} declaration={declaration} />
        </>
      )}
      {error === 'accept' ? <p className="k-field-error">{t('apply.commitment.required')}</p> : null}
      <button
        type="button"
        id={ACCEPT_ID}
        role="checkbox"
        aria-checked={accepted}
        aria-invalid={error === 'accept' || undefined}
        aria-describedby={`${ACCEPT_ID}-hint`}
        className={[
          'k-choice',
          'k-commitment__accept',
          accepted ? 'k-choice--selected' : '',
          error === 'accept' ? 'k-commitment__accept--invalid' : '',
        ]
          .filter(Boolean)
          .join(' ')}
        onClick={() => {
          setAccepted(!accepted);
          setError(undefined);
        }}
        data-action="accept-commitment"
      >
        {accepted ? (
          <CheckSquare className="k-icon k-choice__mark" aria-hidden="true" />
        ) : (
          <Square className="k-icon k-choice__mark" aria-hidden="true" />
        )}
        <span className="k-choice__text">
          <span className="k-choice__label">{t('apply.commitment.accept')}</span>
          <span className="k-choice__hint" id={`${ACCEPT_ID}-hint`}>
            {t('apply.commitment.acceptHint')}
          </span>
        </span>
      </button>
      {accepted ? (
        <>
          {signature.saveFailed ? (
            <Notice tone="warning" title={t('apply.sign.saveFailed')} />
          ) : (
            <p className="k-hint" role="status">
              {t('apply.commitment.signNow')}
            </p>
          )}
          {error === 'sign' ? <p className="k-field-error">{t('apply.sign.required')}</p> : null}
          <SignatureField signature={signature} invalid={error === 'sign'} />
        </>
      ) : null}
    </ScreenLayout>
  );
}

/** Each commitment's obligation, content and liability (paged), then the applicant's declaration. */
function CommitmentTexts({
  commitments,
  declaration,
}: {
  commitments: ReturnType<typeof chosenCommitments>;
  declaration: LocalizedText | undefined;
}) {
  const { t } = useTranslation();
  const l = useLocalized();
  const perPage = useRowsPerPage(2, 1);
  return (
    <>
      {commitments.length > 0 ? (
        <Pager
          items={commitments}
          pageSize={perPage}
          label={t('apply.commitment.title')}
          itemKey={(c) => c.material.id}
          renderItem={({ material, commitment }) => (
            <section className="k-commitment" data-commitment={material.id}>
              <h3>{t('apply.commitment.forMaterial', { name: l(material.name) })}</h3>
              <dl className="k-commitment-text">
                <dt>{t('apply.materials.obligation')}</dt>
                <dd>{l(commitment.obligation)}</dd>
                <dt>{t('apply.materials.content')}</dt>
                <dd>{l(commitment.content)}</dd>
                <dt>{t('apply.materials.liability')}</dt>
                <dd>{l(commitment.liability)}</dd>
              </dl>
            </section>
          )}
        />
      ) : null}
      {declaration ? (
        <section className="k-commitment k-commitment--declaration">
          <h3>{t('apply.commitment.declarationTitle')}</h3>
          <p>{l(declaration)}</p>
        </section>
      ) : null}
    </>
  );
}
