import { defaultCatalog } from '../../../../shared/catalog/default-catalog.js';
import { findDemoCitizen } from '../../../../shared/demo/demo-citizens.js';
import type { IdCard } from '../../../../shared/devices/id-card.js';
import type { ELicense } from '../../../../shared/platform/licenses.js';
import { type FlowState, initialFlowState } from '../../flows/flow-state.js';
import { type FlowTarget, itemTarget, packageTarget } from '../../flows/flow-target.js';

/** Test helpers for the application screens' logic (never printed: the demo people are invented but personal-looking). */
export function demoCard(key = 'wang-jianguo'): IdCard {
  const c = findDemoCitizen(key);
  if (!c) throw new Error(`no demo citizen ${key}`);
  return {
    cardType: 'resident',
    name: c.name,
    gender: c.gender,
    nation: c.nation,
    birthDate: c.birthDate,
    address: c.address,
    idNumber: c.idNumber,
    issuingAuthority: c.issuingAuthority,
    validFrom: c.validFrom,
    validTo: c.validTo,
  };
}

export function itemTargetFor(code: string): FlowTarget {
  const item = defaultCatalog.items.find((i) => i.code === code);
  if (!item) throw new Error(`no item ${code}`);
  return itemTarget(item);
}

export function packageTargetFor(code: string): FlowTarget {
  const pkg = defaultCatalog.packages.find((p) => p.code === code);
  if (!pkg) throw new Error(`no package ${code}`);
  return packageTarget(pkg, defaultCatalog);
}

export function stateWith(partial: Partial<FlowState>): FlowState {
  return { ...initialFlowState('submit'), ...partial };
}

export function businessLicense(overrides: Partial<ELicense> = {}): ELicense {
  return {
    licenseType: 'businessLicense',
    licenseNumber: '92140311MA0K3J8P1T',
    title: '营业执照',
    holderName: '测试家常菜馆',
    issuer: '阳泉市郊区市场监督管理局',
    issuedOn: '2019-04-16',
    status: 'valid',
    fields: [
      { label: '统一社会信用代码', value: '92140311MA0K3J8P1T' },
      { label: '名称', value: '测试家常菜馆' },
      { label: '经营场所', value: '山西省阳泉市郊区测试路1号' },
    ],
    sample: true,
    ...overrides,
  };
}
