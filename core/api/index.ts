export * from './wire.js';
export * from './result.js';
export * from './commands.js';
export * from './events.js';
export * from './client.js';
