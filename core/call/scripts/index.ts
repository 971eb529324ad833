export * from './schema.js';
export * from './heard.js';
export * from './last.js';
export * from './irate.js';
export * from './catalog.js';
export * from './parseScript.js';
