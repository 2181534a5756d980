import { Camera, CheckCircle2, Circle, Clock, FileSignature, RotateCcw } from 'lucide-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Material } from '../../../../../shared/catalog/schema.js';
import { useKiosk } from '../../../context/kiosk-context.js';
import { useRowsPerPage } from '../../../context/preferences-context.js';
import { Button } from '../../../components/Button.js';
import { ErrorSummary } from '../../../components/ErrorSummary.js';
import { Notice } from '../../../components/Notice.js';
import { Pager } from '../../../components/Pager.js';
import { ScreenLayout } from '../../../components/ScreenLayout.js';
import type { FlowController } from '../../../flows/flow-controller.js';
import type { MaterialChoice } from '../../../flows/flow-state.js';
import { stepNumber } from '../../../flows/flow-steps.js';
import { useLocalized } from '../../../i18n/use-localized.js';
import {
  allScans,
  applyKeys,
  fetchedLicenses,
  identifiedBy,
  type ScannedPage,
  scannedPages,
} from '../steps/apply-outcome.js';
import {
  automaticChoices,
  materialOptions,
  missingMaterials,
  type MaterialOption,
  parseLicenseId,
  uniqueMaterials,
} from './materials-logic.js';
import { ScanDialog } from './ScanDialog.js';
import { useSpeakOnEnter } from '../steps/use-speak-on-enter.js';
import './CommitmentScreen.css';
import './MaterialsScreen.css';

type LicenseLoad = 'loading' | 'ready' | 'failed';

/** Missing materials named in the error summary; more are counted in one line (the page must not scroll). */
const SUMMARY_ROWS = 3;

/**
 * 申请材料 on one paginated page: e-licenses the platform holds are fetched and shown as done; for the rest
 * the citizen picks a way — commit instead (the text in a dialog, signed later), photograph it with the
 * document camera, or bring it later. 继续 only when every required material has a way.
 */
export function MaterialsScreen({ flow }: { flow: FlowController }) {
  const { t } = useTranslation();
  const l = useLocalized();
  const { client } = useKiosk();
  const { state, dispatch } = flow;
  const materials = useMemo(() => uniqueMaterials(flow.resolution.materials), [flow.resolution.materials]);
  const licenses = fetchedLicenses(state);
  const [load, setLoad] = useState<LicenseLoad>(licenses ? 'ready' : 'loading');
  const [attempt, setAttempt] = useState(0);
  const [missing, setMissing] = useState<readonly Material[]>([]);
  const [scanFor, setScanFor] = useState<{ material: Material; maxPages: number } | undefined>();
  // The list uses the height (issue 10 #10): six materials on a portrait page, three in 长辈模式.
  const rowsPerPage = useRowsPerPage(6, 3);
  // The page of the list shown; an error link turns to the page of its material, then focuses it.
  const [listPage, setListPage] = useState(0);
  const [focusRequest, setFocusRequest] = useState<{ readonly id: string; readonly at: number }>();
  const lastListPage = Math.max(0, Math.ceil(materials.length / rowsPerPage) - 1);
  useEffect(() => {
    if (focusRequest) document.getElementById(`material-${focusRequest.id}`)?.focus();
  }, [focusRequest, listPage]);
  const showMaterial = (fieldId: string) => {
    const id = fieldId.replace(/^material-/, '');
    const index = materials.findIndex((m) => m.id === id);
    if (index >= 0) setListPage(Math.floor(index / rowsPerPage));
    setFocusRequest({ id, at: Date.now() });
  };
  const idNumber = state.idCard?.idNumber;

  useSpeakOnEnter(t('apply.materials.spoken'));

  // The e-licenses the platform holds for the applicant, once per session.
  useEffect(() => {
    if (licenses || !idNumber) {
      if (!idNumber) setLoad('failed');
      return undefined;
    }
    let active = true;
    setLoad('loading');
    void client.call('license.find', { idNumber }).then((reply) => {
      if (!active) return;
      if (reply.ok) {
        dispatch({ type: 'outcome', key: applyKeys.licenses, value: reply.value.licenses });
        setLoad('ready');
      } else setLoad('failed');
    });
    return () => {
      active = false;
    };
  }, [client, dispatch, idNumber, licenses, attempt]);

  // What needs no choice: held e-licenses, the ID card just read, forms signed on the signature page.
  useEffect(() => {
    if (load === 'loading') return;
    const auto = automaticChoices(materials, state.materials, { licenses, idCard: state.idCard });
    for (const [material, choice] of Object.entries(auto)) dispatch({ type: 'material', material, choice });
  }, [load, materials, licenses, state.idCard, state.materials, dispatch]);

  const choose = (material: Material, choice: MaterialChoice) => {
    dispatch({ type: 'material', material: material.id, choice });
    setMissing((current) => current.filter((m) => m.id !== material.id));
  };

  const saveScans = (material: Material, pages: readonly ScannedPage[]) => {
    for (const old of scannedPages(state, material.id)) if (!pages.includes(old)) URL.revokeObjectURL(old.url);
    dispatch({ type: 'outcome', key: applyKeys.scans, value: { ...allScans(state), [material.id]: pages } });
    choose(material, { kind: 'scan', attachmentIds: pages.map((p) => p.ref) });
    setScanFor(undefined);
  };

  const statusOf = (material: Material, choice: MaterialChoice | undefined): string => {
    switch (choice?.kind) {
      case 'eLicense': {
        const parsed = parseLicenseId(choice.licenseId);
        if (parsed?.licenseType === 'residentIdCard')
          return t(identifiedBy(state) === 'eId' ? 'apply.materials.eIdChecked' : 'apply.materials.idCard');
        const title = licenses?.find((x) => x.licenseNumber === parsed?.licenseNumber)?.title ?? l(material.name);
        return t('apply.materials.eLicense', { title });
      }
      case 'commitment': {
        // What is being committed, in a line or two; the full text is read and signed on the commitment page.
        const way = material.satisfiedBy.find((s) => s.kind === 'commitment');
        return way?.kind === 'commitment'
          ? t('apply.materials.commitmentContent', { content: l(way.commitment.content) })
          : t('apply.materials.commitment');
      }
      case 'scan':
        return t('apply.materials.scanned', { count: choice.attachmentIds.length });
      case 'signature':
        return t('apply.materials.signature');
      case 'bringLater': {
        const way = material.satisfiedBy.find((s) => s.kind === 'bringLater');
        return way?.kind === 'bringLater' && way.note
          ? t('apply.materials.bringLaterNote', { note: l(way.note) })
          : t('apply.materials.bringLater');
      }
      default:
        return t('apply.materials.missing');
    }
  };

  const wayButton = (material: Material, option: MaterialOption, choice: MaterialChoice | undefined) => {
    const pressed = choice?.kind === option.kind;
    switch (option.kind) {
      case 'commitment':
        return (
          <Button
            key="commitment"
            aria-pressed={pressed}
            className="k-material__way"
            onClick={() => choose(material, { kind: 'commitment' })}
            icon={pressed ? <CheckCircle2 className="k-icon" /> : <FileSignature className="k-icon" />}
            data-action="way-commitment"
          >
            {t('apply.materials.chooseCommitment')}
          </Button>
        );
      case 'scan':
        return (
          <Button
            key="scan"
            aria-pressed={pressed}
            className="k-material__way"
            onClick={() => setScanFor({ material, maxPages: option.maxPages })}
            icon={pressed ? <RotateCcw className="k-icon" /> : <Camera className="k-icon" />}
            data-action="way-scan"
          >
            {pressed ? t('apply.materials.rescan') : t('apply.materials.chooseScan')}
          </Button>
        );
      case 'bringLater':
        return (
          <Button
            key="later"
            aria-pressed={pressed}
            className="k-material__way"
            onClick={() => choose(material, { kind: 'bringLater' })}
            icon={pressed ? <CheckCircle2 className="k-icon" /> : <Clock className="k-icon" />}
            data-action="way-later"
          >
            {t('apply.materials.chooseBringLater')}
          </Button>
        );
      default:
        return null;
    }
  };

  const allDone =
    load !== 'loading' &&
    missingMaterials(materials, state.materials).length === 0 &&
    materials.every((m) => m.optional || state.materials[m.id]);

  return (
    <ScreenLayout
      spoken={t('apply.materials.spoken')}
      screenId="materials"
      title={t('apply.materials.title')}
      caption={l(flow.target.name)}
      step={stepNumber(flow.steps, flow.step.key)}
      onBack={flow.back}
      onHome={flow.home}
      actions={
        <Button
          variant="primary"
          data-action="continue"
          onClick={() => {
            // One way forward (issue 10 #6): 继续 turns the list's pages first, then checks and goes on.
            if (listPage < lastListPage) return setListPage(listPage + 1);
            const open = missingMaterials(materials, state.materials);
            setMissing(open);
            if (open.length === 0) flow.next();
          }}
        >
          {t('common.continue')}
        </Button>
      }
    >
      <ErrorSummary
        onSelect={showMaterial}
        errors={[
          ...missing.slice(0, SUMMARY_ROWS).map((m) => ({
            fieldId: `material-${m.id}`,
            message: t('apply.materials.missingError', { name: l(m.name) }),
          })),
          ...(missing.length > SUMMARY_ROWS
            ? [
                {
                  fieldId: `material-${missing[SUMMARY_ROWS]?.id ?? ''}`,
                  message: t('apply.materials.moreMissing', { count: missing.length - SUMMARY_ROWS }),
                },
              ]
            : []),
        ]}
      />
      {load === 'loading' ? (
        <p role="status" data-licenses="loading">
          {t('apply.materials.loadingLicenses')}
        </p>
      ) : load === 'failed' ? (
        <div className="k-materials__failed">
          <Notice tone="warning" title={t('apply.materials.licensesFailed')} />
          <Button
            onClick={() => setAttempt((n) => n + 1)}
            icon={<RotateCcw className="k-icon" />}
            data-action="retry-licenses"
          >
            {t('common.retry')}
          </Button>
        </div>
      ) : missing.length === 0 ? (
        <p className="k-hint" data-materials-intro={allDone ? 'done' : 'choose'}>
          {allDone ? t('apply.materials.allDone') : t('apply.materials.intro')}
        </p>
      ) : null}
      <Pager
        items={materials}
        pageSize={rowsPerPage}
        page={Math.min(listPage, lastListPage)}
        onPageChange={setListPage}
        nextByContinue
        label={t('apply.materials.title')}
        itemKey={(m) => m.id}
        renderItem={(material) => {
          const choice = state.materials[material.id];
          const isMissing = missing.some((m) => m.id === material.id);
          const ways = materialOptions(material, { licenses, idCard: state.idCard })
            .filter((o) => o.kind === 'commitment' || o.kind === 'scan' || o.kind === 'bringLater')
            .filter(() => choice?.kind !== 'eLicense' && choice?.kind !== 'signature');
          return (
            <div
              className={['k-material', choice ? 'k-material--done' : '', isMissing ? 'k-material--missing' : '']
                .filter(Boolean)
                .join(' ')}
              id={`material-${material.id}`}
              tabIndex={-1}
              data-material={material.id}
              data-status={choice?.kind ?? 'missing'}
            >
              <p className="k-material__name">
                {choice ? (
                  <CheckCircle2 className="k-icon k-material__mark" aria-hidden="true" />
                ) : (
                  <Circle className="k-icon k-material__mark" aria-hidden="true" />
                )}
                <span>
                  {l(material.name)}
                  {material.optional ? t('common.optional') : ''}
                </span>
              </p>
              {isMissing ? (
                <p className="k-field-error">{t('apply.materials.missingError', { name: l(material.name) })}</p>
              ) : (
                <p className="k-material__status">{statusOf(material, choice)}</p>
              )}
              {ways.length > 0 ? (
                <div className="k-material__ways">{ways.map((way) => wayButton(material, way, choice))}</div>
              ) : null}
            </div>
          );
        }}
      />

      {scanFor ? (
        <ScanDialog
          material={scanFor.material}
          maxPages={scanFor.maxPages}
          onCancel={() => setScanFor(undefined)}
          onDone={(pages) => saveScans(scanFor.material, pages)}
        />
      ) : null}
    </ScreenLayout>
  );
}
