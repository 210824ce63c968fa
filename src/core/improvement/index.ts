export * from './series';
export * from './baseline';
export * from './run-rules';
export * from './run-chart';
