export * from './csvFields';
export * from './csvParse';
export * from './csvValues';
export * from './csvImport';
export * from './csvExport';
