/** Every document kind's schema, the single source for the loader, the site and the JSON Schema export. */
export { AgencySchema, type Agency } from './agency.ts';
export { InternalCatalogueSchema, InternalCatalogueEntrySchema, type InternalCatalogueEntry } from './internal-catalogue.ts';
export { InternalProcessSchema, type InternalProcess } from './internal-process.ts';
export { LegalRegistrySchema, LegalDocumentSchema, type LegalDocument } from './legal.ts';
export { ObjectivesSchema, type Objectives } from './objectives.ts';
export { PolicySchema, type Policy } from './policy.ts';
export { ProcedureSchema, type Procedure } from './procedure.ts';
export { ProvinceSchema, type Province } from './province.ts';
export { StatisticsSchema, type MonthStatistics, type Statistics } from './statistics.ts';
export { TthcCatalogueSchema, TthcEntrySchema, type TthcEntry } from './tthc.ts';
