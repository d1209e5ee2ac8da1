/** The JSON Lines event-log format: writer, streaming reader and validator. */
export { LOG_FORMAT, endLine, headerLine, makeHeader, parseHeader, type LogFile, type LogHeader } from './lineFormat.js';
export { eventLine, srcAfter } from './eventLine.js';
export { JsonlLogWriter } from './logWriter.js';
export { JsonlReader, type JsonlReadOptions, type ReadSummary } from './reader.js';
export { LogError } from './logError.js';
export { readJsonl, streamJsonl, writeJsonl, type JsonlLog } from './wholeLog.js';
