import type { ItemInput } from '../schema.js';
import { administrativeApprovalItems } from './administrative-approval.js';
import { civilAffairsItems } from './civil-affairs.js';
import { disabledPersonsItems } from './disabled-persons.js';
import { educationItems } from './education.js';
import { healthItems } from './health.js';
import { housingConstructionItems } from './housing-construction.js';
import { housingFundItems } from './housing-fund.js';
import { humanResourcesItems } from './human-resources.js';
import { justiceItems } from './justice.js';
import { marketRegulationItems } from './market-regulation.js';
import { medicalSecurityItems } from './medical-security.js';
import { publicSecurityItems } from './public-security.js';
import { realEstateItems } from './real-estate.js';
import { taxationItems } from './taxation.js';
import { utilitiesItems } from './utilities.js';
import { veteransItems } from './veterans.js';

/** Every item of the default catalog, in the order of catalog-outline.md (department by department). */
export const allItems: ItemInput[] = [
  ...humanResourcesItems,
  ...medicalSecurityItems,
  ...housingFundItems,
  ...realEstateItems,
  ...marketRegulationItems,
  ...taxationItems,
  ...publicSecurityItems,
  ...civilAffairsItems,
  ...veteransItems,
  ...healthItems,
  ...educationItems,
  ...disabledPersonsItems,
  ...housingConstructionItems,
  ...utilitiesItems,
  ...justiceItems,
  ...administrativeApprovalItems,
];
