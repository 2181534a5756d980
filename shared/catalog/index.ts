/**
 * The service catalog: schema, the bundled 59-item default catalog, validation, situation resolution,
 * field validation, search and browse. Import from here ("shared/catalog/index.js").
 */
export * from './schema.js';
export { defaultCatalog } from './default-catalog.js';
export { defaultCatalogSource, defaultCatalogVersion } from './default-catalog-source.js';
export { categories, departments, type CategoryId, type DepartmentId } from './departments.js';
export {
  flowKindSpecs,
  packageScreens,
  packageScreensFor,
  screenSchema,
  screensFor,
  type FlowKindSpec,
  type Screen,
} from './flow-kinds.js';
export { checkCatalog, formatProblem, validateCatalog, type CatalogProblem } from './validate-catalog.js';
export * from './resolve-situation.js';
export * from './field-validation.js';
export * from './search/index.js';
export { checkRecordChoices, personalFieldTypes } from './record-choices.js';
