export * from './series';
export * from './baseline';
export * from './run-rules';
export * from './run-chart';
export * from './periods';
export * from './measures';
export * from './measure.policy';
